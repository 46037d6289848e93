// The explorer's entry: defining the root element is all it takes; index.html already holds its tag. Each view's
// element loads when it is first shown (see app/view-registry.ts).
import './app/phaseflow-explorer.ts';
