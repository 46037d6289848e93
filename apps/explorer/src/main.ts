// The explorer's entry: defining the root element is all it takes; index.html already holds its tag.
import './components/phaseflow-explorer.ts';
