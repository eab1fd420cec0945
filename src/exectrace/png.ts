// The heat map as PNG: the SVG of svg.ts rasterised by resvg (@resvg/resvg-js: a Rust SVG
// renderer with prebuilt binaries on npm, no browser, no system library). Loaded only when a
// PNG is asked for.

export async function svgToPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import("@resvg/resvg-js");
  const r = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: "sans-serif" },
    background: "#ffffff",
  });
  return r.render().asPng();
}
