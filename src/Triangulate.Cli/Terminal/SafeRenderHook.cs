using Spectre.Console;
using Spectre.Console.Rendering;

namespace Triangulate.Cli.Terminal;

/// <summary>
/// Attached to every console: whatever a command writes, text reaches the terminal only through
/// <see cref="TerminalText.Line"/>, so a command that forgets to clean a field still leaks no control sequence.
/// With <paramref name="naturalWidth"/> (output to a file or a pipe, and messages on standard error), each thing
/// is laid out at its own width rather than the 80 columns Spectre assumes, so no word is broken and no line wrapped.
/// </summary>
internal sealed class SafeRenderHook(bool naturalWidth) : IRenderHook
{
    /// <summary>Anything measuring this wide fills whatever it is given (a rule): it keeps the console's width.</summary>
    private const int Unbounded = 1 << 20;

    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(renderable => renderable as SafeRenderable ?? new SafeRenderable(renderable, naturalWidth));

    private sealed class SafeRenderable(IRenderable inner, bool naturalWidth) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
        {
            var width = maxWidth;
            if (naturalWidth)
            {
                var natural = inner.Measure(options, Unbounded).Max;
                width = natural >= Unbounded ? maxWidth : Math.Max(maxWidth, natural);
            }
            return inner.Render(options, width).Select(Clean);
        }

        private static Segment Clean(Segment segment) =>
            segment.IsControlCode || segment.IsLineBreak ? segment : new Segment(TerminalText.Line(segment.Text), segment.Style);
    }
}
