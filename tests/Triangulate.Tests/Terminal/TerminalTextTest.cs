using Spectre.Console;
using Triangulate.Cli.Terminal;

namespace Triangulate.Tests.Terminal;

public class TerminalTextTest
{
    private const string Hostile = "Ferry\u001b[2J strike\u001b]0;pwned\u0007 ends\u009b31m \u202eevil\u2066 \u001b]8;;https://x.example\u001b\\link";

    [Fact]
    public void NoControlCharacterOrBidiOverrideSurvives()
    {
        var safe = TerminalText.Line(Hostile);

        Assert.DoesNotContain(safe, c => c < ' ' || c is >= '\u007f' and <= '\u009f' || c is '\u202e' or '\u2066');
        Assert.StartsWith("Ferry\u241b[2J strike\u241b]0;pwned\u2407 ends", safe);
    }

    [Fact]
    public void ALineBreakInASingleLineFieldIsShownNotObeyed()
    {
        Assert.Equal("reports/a\u240askipped forged.txt", TerminalText.Line("reports/a\nskipped forged.txt"));
        Assert.Equal("first\nsecond\u240d third", TerminalText.Block("first\r\nsecond\r third"));
    }

    [Fact]
    public void OrdinaryTextIsUnchanged()
    {
        const string text = "Café owners in Kell — «ça suffit», said Ilse Marren; قال المتحدث 12%";

        Assert.Same(text, TerminalText.Line(text));
    }

    [Fact]
    public void WhateverACommandWritesReachesTheTerminalWithoutForeignEscapes()
    {
        var (console, output) = ColourConsole(naturalWidth: false);

        console.MarkupLine("[red]title:[/] " + Markup.Escape(Hostile));
        console.Write(new Table().AddColumn("title").AddRow(Markup.Escape(Hostile)));

        var text = output.ToString();
        Assert.Contains("\u001b[", text); // the red style is Spectre's own escape sequence
        Assert.DoesNotContain("\u001b[2J", text);
        Assert.DoesNotContain("\u001b]", text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u009b', text);
        Assert.DoesNotContain('\u202e', text);
    }

    [Fact]
    public void WithNaturalWidthATableBreaksNoWordAndAMessageNoLine()
    {
        var (console, output) = ColourConsole(naturalWidth: true);
        var message = "skipped " + string.Join('/', Enumerable.Repeat("a-rather-long-folder-name", 8)) + "/story.html: empty file";

        console.Write(new Table().AddColumn("outlet").AddColumn("title").AddColumn("credits")
            .AddRow("Meridian Press", "Harbour festival moves indoors after storm warnings across the northern coast", "Agence France-Presse, Meridian Press Association"));
        console.MarkupLine(Markup.Escape(message));

        var text = output.ToString();
        Assert.Contains("Meridian Press ", text);
        Assert.Contains("Harbour festival moves indoors after storm warnings across the northern coast", text);
        Assert.Contains(message, text);
    }

    private static (IAnsiConsole Console, StringWriter Output) ColourConsole(bool naturalWidth)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 80;
        console.Pipeline.Attach(new SafeRenderHook(naturalWidth));
        return (console, output);
    }
}
