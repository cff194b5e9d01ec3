import { mfaEn } from '../../../src/sites/mfa-en'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(mfaEn)
