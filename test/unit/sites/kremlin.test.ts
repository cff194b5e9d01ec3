import { kremlin } from '../../../src/sites/kremlin'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(kremlin)
