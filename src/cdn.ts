// The all-in-one embed bundle (dist/cdn/cpe-kit.js): importing it defines the learner
// widgets of the registry (src/components/widgets.ts). Catalog, account and sponsor widgets
// (the program card, the certificate and transcript, the review element) have only their own
// files: course pages never need them.
// Static imports, so the bundler sees them; test/registry/registry.test.ts holds them to
// the registry.
import './components/cpe-credit-calculator/define.js';
import './components/cpe-attendance-check-in/define.js';
import './components/cpe-refund-request/define.js';
