import { whitehouse } from '../../../src/sites/whitehouse'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(whitehouse)
