import { people } from '../../../src/sites/people'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(people)
