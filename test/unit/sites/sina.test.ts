import { sina } from '../../../src/sites/sina'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(sina)
