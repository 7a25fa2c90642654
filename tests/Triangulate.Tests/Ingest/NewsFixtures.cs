namespace Triangulate.Tests.Ingest;

/// <summary>Small invented news texts in the shapes Triangulate reads.</summary>
internal static class NewsFixtures
{
    public const string WireText = """
        Flood barrier gives way in Velmora's Kell province

        KELL -- A flood barrier on the Sarn river gave way on Tuesday, forcing at least 1,200 residents from their homes, provincial officials told MPA.

        Governor Ilse Marren said crews would work through the night. "We will rebuild every wall," she said.
        """;

    public const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Flood barrier gives way in Kell | The Velmora Post</title>
        <meta property="og:site_name" content="The Velmora Post">
        <meta property="article:published_time" content="2026-06-09T14:05:00+02:00">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Flood barrier gives way in Kell", "author": {"name": "Dara Quill"}}</script>
        </head><body>
        <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
        <article class="story">
          <h1>Flood barrier gives way in Kell</h1>
          <div class="share-bar"><a href="#">Share on Twitter</a> <a href="#">Share by email</a></div>
          <figure><img src="kell.jpg"><figcaption>Residents wade through the flooded market in Kell. (Dara Quill/MPA)</figcaption></figure>
          <p>A flood barrier on the Sarn river gave way on Tuesday, forcing at least 1,200 residents from their homes, provincial officials said.</p>
          <p>Governor Ilse Marren said crews would work through the night, and that the army had sent four boats to the worst-hit districts.</p>
          <p>"We will rebuild every wall, street by street, and we will do it before the autumn rains," she told reporters in Kell.</p>
          <aside class="related"><h3>Related</h3><ul><li><a href="/a">Drought hits northern farms</a></li><li><a href="/b">Ferry strike ends</a></li></ul></aside>
        </article>
        <section class="comments"><p>Great reporting, thank you for covering the flood so quickly!</p></section>
        <footer><p>© The Velmora Post. All rights reserved.</p></footer>
        </body></html>
        """;
}
