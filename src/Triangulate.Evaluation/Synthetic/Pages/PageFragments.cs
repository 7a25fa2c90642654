using System.Net;
using System.Text;
using System.Text.Json;

namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>
/// The pieces most article pages share, each in the markup a template asks for: escaped text, JSON-LD, paragraphs,
/// and the furniture a reader skips (navigation, share bars, newsletter boxes, related links, cookie notes).
/// </summary>
internal static class PageFragments
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A JSON-LD block; the serializer escapes '&lt;', so no text can close the script element.</summary>
    public static string JsonLd(object value) =>
        $"<script type=\"application/ld+json\">{JsonSerializer.Serialize(value, Json)}</script>";

    /// <summary>A schema.org object: its @type and fields, in order.</summary>
    public static Dictionary<string, object?> Thing(string type, params (string Key, object? Value)[] fields)
    {
        var thing = new Dictionary<string, object?> { ["@type"] = type };
        foreach (var (key, value) in fields)
            thing[key] = value;
        return thing;
    }

    public static string Meta(string attribute, string name, string content) =>
        $"<meta {attribute}=\"{E(name)}\" content=\"{E(content)}\">";

    /// <summary>
    /// The article's sentences as &lt;p&gt; elements, up to <paramref name="perParagraph"/> sentences to a paragraph; a
    /// line with no closing punctuation (a table row of a results brief) stays a paragraph of its own, as sites print it.
    /// </summary>
    public static string Paragraphs(IReadOnlyList<string> sentences, int perParagraph, string attributes = "")
    {
        var builder = new StringBuilder();
        var paragraph = new List<string>();
        void Close()
        {
            if (paragraph.Count > 0)
                builder.Append("<p").Append(attributes).Append('>').Append(E(string.Join(' ', paragraph))).Append("</p>\n");
            paragraph.Clear();
        }
        foreach (var sentence in sentences)
        {
            paragraph.Add(sentence);
            if (paragraph.Count == perParagraph || !EndsSentence(sentence))
                Close();
        }
        Close();
        return builder.ToString();
    }

    private static bool EndsSentence(string sentence) => sentence.TrimEnd() is [.., '.' or '!' or '?' or '"' or '\u201d' or '\u2019' or '\''];

    public static string Nav(string cssClass, params string[] sections) =>
        $"<nav class=\"{cssClass}\"><ul>{string.Concat(sections.Select(s => $"<li><a href=\"/{s.ToLowerInvariant()}/\">{E(s)}</a></li>"))}</ul></nav>";

    public static string ShareBar(string cssClass, string url) =>
        $"<div class=\"{cssClass}\"><span>Share</span><a href=\"https://facebook.example/sharer?u={E(url)}\">Facebook</a>"
        + $"<a href=\"https://x.example/intent?url={E(url)}\">X</a><a href=\"mailto:?body={E(url)}\">Email</a><button>Copy link</button></div>";

    public static string Newsletter(string outlet, string cssClass) =>
        $"<aside class=\"{cssClass}\"><h3>Get the {E(outlet)} briefing</h3><p>The day's top stories in your inbox every morning.</p>"
        + "<form><input type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form></aside>";

    public static string Related(string heading, IReadOnlyList<RelatedLink> links, string cssClass) =>
        $"<section class=\"{cssClass}\"><h2>{E(heading)}</h2><ul>{string.Concat(links.Select(l => $"<li><a href=\"{E(l.Url)}\">{E(l.Headline)}</a></li>"))}</ul></section>";

    public static string CookieNote(string outlet) =>
        $"<div id=\"cookie-consent\" class=\"cookie-banner\"><p>{E(outlet)} uses cookies to improve your experience and to show you relevant advertising. "
        + "By continuing to browse you agree to our use of cookies.</p><button>Accept all</button><button>Manage settings</button></div>";

    public static string Footer(string outlet, int year) =>
        $"<footer><p>&copy; {year} {E(outlet)}. All rights reserved.</p><a href=\"/about/\">About us</a> <a href=\"/privacy/\">Privacy</a> <a href=\"/contact/\">Contact</a></footer>";

    /// <summary>The head every template opens with, plus its own metadata.</summary>
    public static string Head(string title, params string[] extra) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{E(title)}</title>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + string.Concat(extra) + "</head>\n";
}
