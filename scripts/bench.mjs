#!/usr/bin/env node
// The peak-load benchmark (issue "Peak-load benchmark") is not built yet. `npm run bench` exists so the
// script name is stable; it says so plainly instead of printing made-up numbers.
console.log('No benchmarks yet: the peak-load benchmark arrives with its own issue. See README "Performance".');
