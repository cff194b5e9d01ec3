import { gov } from '../../../src/sites/gov'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(gov)
