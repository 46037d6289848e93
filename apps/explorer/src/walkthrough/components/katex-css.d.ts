// Vite's `?inline` query gives a stylesheet's text as a string (named precisely, so it cannot clash with other
// declarations of Vite's client types).
declare module 'katex/dist/katex.min.css?inline' {
  const css: string;
  export default css;
}

// The same stylesheet imported for its side effect (Vite adds it to the page).
declare module 'katex/dist/katex.min.css';
