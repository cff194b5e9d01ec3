import { render } from 'preact'
import { Options } from './Options'
import '../shared/theme.css'
import './options.css'

document.documentElement.lang = navigator.language.startsWith('zh') ? 'zh-CN' : 'en'
document.title = document.title || 'Readout Lens'
render(<Options />, document.getElementById('app')!)
