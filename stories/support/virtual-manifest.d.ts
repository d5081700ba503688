declare module 'virtual:custom-elements-manifest' {
  /** The Custom Elements Manifest made from src/ (see .storybook/source-manifest.ts). */
  const manifest: unknown;
  export default manifest;
}
