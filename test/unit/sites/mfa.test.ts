import { mfa } from '../../../src/sites/mfa'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(mfa)
