package org.hemicycle.news;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown as the posts' authors write it, made HTML by commonmark and then cut down by the OWASP sanitizer to text
 * formatting, blocks, lists, tables and links (to http, https and mailto addresses, marked nofollow and opening
 * nowhere else): raw HTML in the Markdown is escaped, and nothing that runs, loads or styles survives.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols().requireRelNofollowOnLinks().toFactory())
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    private Markdown() {
    }

    /** A post's own headings start at level 3: the page's title and the post's are above them. */
    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 2));
                visitChildren(heading);
            }
        });
        return POLICY.sanitize(HTML.render(document));
    }

    /** The words a reader reads, without markup, link addresses or raw HTML. */
    public static String excerpt(String markdown, int most) {
        StringBuilder words = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                words.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                words.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                words.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                words.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                words.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                // A heading runs into the text that follows it unless it ends as a sentence does.
                if (!words.isEmpty() && ".:!?".indexOf(words.charAt(words.length() - 1)) < 0) {
                    words.append('.');
                }
                words.append(' ');
            }
        });
        String text = words.toString().replaceAll("\\s+", " ").strip();
        if (text.length() <= most) {
            return text;
        }
        int cut = text.lastIndexOf(' ', most - 1);
        return text.substring(0, cut > most / 2 ? cut : most - 1) + "…";
    }
}
