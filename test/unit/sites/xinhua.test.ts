import { xinhua } from '../../../src/sites/xinhua'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(xinhua)
