// First statement of the popup's script (imported first): benchmarks time the popup from here
// as well as from navigation start, which includes the browser's fixed page-creation cost.
performance.mark('readout-lens:popup-script')
