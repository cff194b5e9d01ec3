import { render } from 'preact'

render(<p>Readout Lens</p>, document.getElementById('app')!)
