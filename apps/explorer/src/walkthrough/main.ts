// The walkthrough's entry. KaTeX's stylesheet is loaded into the document for its @font-face rules (fonts
// declared inside a shadow root are ignored); the equation element adopts the rest of its rules.
import 'katex/dist/katex.min.css';
import './components/pf-walkthrough.ts';
