import './start-mark'
import { render } from 'preact'
import { Popup } from './Popup'
import '../shared/theme.css'
import './popup.css'

document.documentElement.lang = navigator.language.startsWith('zh') ? 'zh-CN' : 'en'
render(<Popup />, document.getElementById('app')!)
