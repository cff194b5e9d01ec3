// Bench-only page whose script does nothing but mark its start: the browser's fixed cost of
// opening an extension page and running its first script (the floor under popup-open figures).
import './script-start'
