// The all-in-one embed bundle (dist/cdn/cpe-kit.js): importing it defines every element.
import './components/cpe-credit-calculator/define.js';
import './components/cpe-attendance-check-in/define.js';
import './components/cpe-refund-request/define.js';
import './components/cpe-refund-review/define.js';
