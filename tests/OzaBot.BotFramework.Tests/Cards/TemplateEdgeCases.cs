namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>
/// Small templates that pin the semantics of the supported subset (missing values, types, repetition,
/// operators) against the official engine — including its odd corners, so a refactoring that "fixes"
/// one of them here is caught.
/// </summary>
internal static class TemplateEdgeCases
{
    private const string Data = """
        {
          "n": 3, "f": 1.5, "zero": 0, "neg": -2.5, "tenth": 0.1, "big": 1e21, "small": 1.5e-7, "large": 123456789012,
          "t": true, "no": false, "s": "a", "str": "", "nul": null, "NAME": "upper", "emoji": "👍🏽 ok",
          "o": { "q": 1, "name": "obj" }, "emptyObject": {}, "arr": [1, "a", null, [2, 3]], "empty": [],
          "items": [ { "name": "p", "tags": ["x", "y"] }, { "name": "q", "tags": [] } ],
          "one": [ { "name": "only" } ], "words": ["een", "twee"], "q": "Q"
        }
        """;

    public static IEnumerable<(string Case, string Template, string Data)> All()
    {
        yield return ("missing-values", """
            { "a": "${x}", "b": "Hi ${x}!", "c": "${o.missing}", "d": "${items[5].name}", "e": "${$index}",
              "f": "${ x }", "g": "${$root.x}", "h": "${$data.x}", "i": "x ${items[5].name} y", "j": "${s.deeper}" }
            """, Data);
        yield return ("typed-values", """
            { "n": "${n}", "f": "${f}", "o": "${o}", "arr": "${arr}", "t": "${t}", "nul": "${nul}", "e": "${empty}",
              "s": "n=${n} f=${f} t=${t} no=${no} arr=${arr} o=${o} empty=[${empty}] str=[${str}]", "lit": "${'lit'}", "dq": "${\"dq\"}",
              "num": "${42}", "dec": "${2.50}", "bool": "${true}" }
            """, Data);
        yield return ("number-text", """
            { "a": "${zero}|${neg}|${tenth}|${big}|${small}|${large}|${f}" }
            """, Data);
        yield return ("paths", """
            { "a": "${items[0].name}", "b": "${items[1].name}", "c": "${$root.o.q}", "d": "${name}", "e": "${o.NAME}",
              "f": "${emoji}", "g": "${s[0].x}", "h": "${$data.n}", "i": "${words[1].x}", "j": "${items[1].tags}" }
            """, Data);
        yield return ("repetition", """
            { "body": [
                { "$data": "${items}", "text": "${$index}: ${name} (${$root.q})",
                  "tags": [ { "$data": "${tags}", "v": "${$index}-${$data}" } ],
                  "nested": [ { "$data": "${$root.words}", "v": "${$index} ${$data}" } ] },
                { "$data": "${empty}", "text": "never" },
                { "$data": "${one}", "text": "${name}" },
                { "$data": "${o}", "text": "${name} ${q}" },
                { "$data": "${missing}", "text": "${q} ${$data}" },
                { "$data": "${words}", "type": "TextBlock", "text": "- ${$data}" },
                { "$data": "${$root}", "text": "${s}" }
              ],
              "propertyRepeat": { "$data": "${items}", "n": "${name}" },
              "propertyOne": { "$data": "${one}", "n": "${name}" },
              "propertyNone": { "$data": "${empty}", "n": "x" },
              "afterRepeat": "${$index}|${name}" }
            """, Data);
        yield return ("arrays", """
            { "flat": [ [1, 2], "${words}", null, "${nul}", { "$when": "${no}", "x": 1 }, 3 ],
              "dropped": { "$when": "${no}", "x": 1 }, "kept": { "$when": "${t}", "x": "${n}" } }
            """, Data);
        yield return ("when-operators", """
            { "results": [
                { "$when": "${exists(s)}", "r": "exists(s)" }, { "$when": "${exists(x)}", "r": "exists(x)" },
                { "$when": "${exists(nul)}", "r": "exists(nul)" }, { "$when": "${exists(zero)}", "r": "exists(zero)" },
                { "$when": "${empty(x)}", "r": "empty(x)" }, { "$when": "${empty(nul)}", "r": "empty(nul)" },
                { "$when": "${empty(str)}", "r": "empty(str)" }, { "$when": "${empty(empty)}", "r": "empty(empty)" },
                { "$when": "${empty(emptyObject)}", "r": "empty(emptyObject)" }, { "$when": "${empty(zero)}", "r": "empty(zero)" },
                { "$when": "${empty(items)}", "r": "empty(items)" }, { "$when": "${!empty(items)}", "r": "!empty(items)" },
                { "$when": "${count(items) == 2}", "r": "count(items)==2" }, { "$when": "${count(x) == 0}", "r": "count(x)==0" },
                { "$when": "${count(emoji) == 7}", "r": "count(emoji)==7" }, { "$when": "${count(o) > 1}", "r": "count(o)>1" },
                { "$when": "${s == 'a'}", "r": "s=='a'" }, { "$when": "${s != 'a'}", "r": "s!='a'" },
                { "$when": "${'a' == s}", "r": "'a'==s" }, { "$when": "${n == 3.0}", "r": "n==3.0" },
                { "$when": "${x == null}", "r": "x==null" }, { "$when": "${nul == null}", "r": "nul==null" },
                { "$when": "${x != null}", "r": "x!=null" }, { "$when": "${o == o}", "r": "o==o" },
                { "$when": "${arr == arr}", "r": "arr==arr" }, { "$when": "${n == '3'}", "r": "n=='3'" },
                { "$when": "${n > 2}", "r": "n>2" }, { "$when": "${n >= 3}", "r": "n>=3" }, { "$when": "${n < 3}", "r": "n<3" },
                { "$when": "${n <= 2}", "r": "n<=2" }, { "$when": "${x > 1}", "r": "x>1" }, { "$when": "${nul < 1}", "r": "nul<1" },
                { "$when": "${s > 1}", "r": "s>1" }, { "$when": "${'b' > s}", "r": "'b'>s" }, { "$when": "${'B' > s}", "r": "'B'>s" },
                { "$when": "${!x}", "r": "!x" }, { "$when": "${!zero}", "r": "!zero" }, { "$when": "${!str}", "r": "!str" },
                { "$when": "${!no}", "r": "!no" }, { "$when": "${!!t}", "r": "!!t" }, { "$when": "${!(s > 1)}", "r": "!(s>1)" },
                { "$when": "${x && t}", "r": "x&&t" }, { "$when": "${t && s}", "r": "t&&s" }, { "$when": "${x || t}", "r": "x||t" },
                { "$when": "${x || no}", "r": "x||no" }, { "$when": "${(s > 1) || t}", "r": "(s>1)||t" },
                { "$when": "${t || no && no}", "r": "t||no&&no" }, { "$when": "${(t || no) && no}", "r": "(t||no)&&no" },
                { "$when": "${s}", "r": "s" }, { "$when": "${n}", "r": "n" }, { "$when": "${t}", "r": "t" }, { "$when": "${x}", "r": "x" },
                { "$when": "${NAME == 'upper'}", "r": "NAME" }, { "$when": "${name == 'upper'}", "r": "name" },
                { "$when": "${$index == null}", "r": "$index" }
              ] }
            """, Data);
        yield return ("value-operators", """
            { "a": "${n > 2}", "b": "${s == 'a'}", "c": "${count(items)}", "d": "${count(missing)}", "e": "${!missing}",
              "f": "${exists(missing)}", "g": "${empty(str)}", "h": "${missing == null}", "i": "is ${t && no}", "j": "${count(words)} woorden" }
            """, Data);
        yield return ("literal-text", """
            { "a": "$x {x} $ { }", "b": "100% ${s}", "c": "${s}${n}${s}", "d": " ${s} ", "e": "{${s}}", "f": "${'}'}" }
            """, Data);
        yield return ("root-data", """
            { "$data": "${o}", "name": "${name}", "root": "${$root.q}" }
            """, Data);
        yield return ("null-root", """
            { "a": "${x}", "b": { "$when": "${exists(x)}", "c": 1 } }
            """, "null");
    }
}
