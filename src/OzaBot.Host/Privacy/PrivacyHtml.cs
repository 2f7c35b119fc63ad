using System.Net;

namespace OzaBot.Host.Privacy;

/// <summary>
/// The frame of the public pages: one self-contained Dutch HTML document (no script, no external file),
/// readable on a phone, light or dark as the device prefers.
/// </summary>
internal static class PrivacyHtml
{
    /// <summary>Light by default, dark when the device prefers it; contrast at least 4.5:1 in both.</summary>
    private const string Style = """
        :root{color-scheme:light dark;--text:#1b1b1b;--page:#fff;--soft:#f2f5f5;--link:#1f6f78}
        @media (prefers-color-scheme:dark){:root{--text:#ececec;--page:#151718;--soft:#23282a;--link:#7fd0d8}}
        body{margin:0 auto;max-width:42rem;padding:1rem 1.25rem 3rem;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--text);background:var(--page);overflow-wrap:break-word}
        h1{font-size:1.6rem;line-height:1.25}
        h2{font-size:1.2rem;margin-top:2rem}
        a{color:var(--link)}
        li{margin:.3rem 0}
        code{font-size:.95em;background:var(--soft);padding:0 .2em;border-radius:3px}
        footer{margin-top:2.5rem;border-top:1px solid var(--soft);padding-top:1rem}
        """;

    public static string Page(string title, string body, string otherPath, string otherTitle) => $$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{Encode(title)}}</title>
        <style>
        {{Style}}
        </style>
        </head>
        <body>
        <main>
        <h1>{{Encode(title)}}</h1>
        {{body}}
        </main>
        <footer><p><a href="{{otherPath}}">{{Encode(otherTitle)}}</a></p></footer>
        </body>
        </html>

        """;

    /// <summary>A configured value in the page text (a region name, say), so it can never add markup.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
