// First statement of a bench page's script (imported first): its time from navigation start is
// what the browser spends before any page script runs; times from here leave that out.
performance.mark('bench:script-start')
