// The all-in-one embed bundle (dist/cdn/cpe-kit.js): importing it defines the three learner
// widgets. The sponsor's review element has its own file (cpe-refund-review.js): course
// pages never need it.
import './components/cpe-credit-calculator/define.js';
import './components/cpe-attendance-check-in/define.js';
import './components/cpe-refund-request/define.js';
