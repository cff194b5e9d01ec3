import { cctv } from '../../../src/sites/cctv'
import { describeSiteFixture } from './site-fixture'

describeSiteFixture(cctv)
