import { zaker } from '../../../src/sites/zaker'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(zaker)
