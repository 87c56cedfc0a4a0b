package nl.personacanvas.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.Optional;
import nl.personacanvas.model.Portrait;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Draws a laid-out {@link PosterPage}: panels, text, bullets, portrait or initials, footer rule. */
final class PosterPainter {
    /** Bézier handle length for a quarter circle. */
    private static final float KAPPA = 0.5523f;
    private static final String BULLET = "•";

    private final Typesetter type;

    PosterPainter(Typesetter type) {
        this.type = type;
    }

    void paint(PDFormContentStream out, DocumentFonts fonts, PortraitImages portraits, PosterPage page,
               Portrait portrait, String initials) throws IOException {
        float s = page.scale();
        for (PosterPage.Panel panel : page.panels()) {
            out.setNonStrokingColor(panel.fill());
            out.setStrokingColor(QuadrantStyle.RULE);
            out.setLineWidth(0.6f * s);
            roundedRect(out, panel.box(), 7 * s);
            out.fillAndStroke();
        }
        if (page.footer() != null) {
            Box f = page.footer();
            out.setStrokingColor(QuadrantStyle.RULE);
            out.setLineWidth(0.5f * s);
            out.moveTo(f.x(), f.top());
            out.lineTo(f.right(), f.top());
            out.stroke();
        }
        if (page.avatar() != null) {
            paintAvatar(out, fonts, portraits, page.avatar(), portrait, initials);
        }
        out.setNonStrokingColor(QuadrantStyle.TEXT);
        for (PlacedText text : page.texts()) {
            if (text.bullet()) {
                type.draw(out, fonts, BULLET, false, text.bulletX(), text.baseline(), false, text.size());
            }
            type.draw(out, fonts, text.text(), text.rightToLeft(), text.x(), text.baseline(), text.bold(),
                    text.size());
        }
    }

    private void paintAvatar(PDFormContentStream out, DocumentFonts fonts, PortraitImages portraits, Box box,
                             Portrait portrait, String initials) throws IOException {
        Optional<PDImageXObject> image = portrait == null ? Optional.empty() : portraits.image(portrait);
        out.saveGraphicsState();
        circle(out, box);
        if (image.isPresent()) {
            out.clip();
            PDImageXObject img = image.get();
            // Fill the circle, cropping the longer side, as a photo in a round frame.
            float zoom = Math.max(box.width() / img.getWidth(), box.height() / img.getHeight());
            float w = img.getWidth() * zoom;
            float h = img.getHeight() * zoom;
            out.drawImage(img, box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h);
        } else {
            out.setNonStrokingColor(new Color(0x3B, 0x4A, 0x6B));
            out.fill();
            float size = box.height() * (initials.codePointCount(0, initials.length()) > 1 ? 0.36f : 0.45f);
            float w = type.width(initials, true, size);
            out.setNonStrokingColor(Color.WHITE);
            type.draw(out, fonts, initials, false, box.x() + (box.width() - w) / 2,
                    box.y() + box.height() / 2 - size * 0.36f, true, size);
        }
        out.restoreGraphicsState();
    }

    private static void circle(PDFormContentStream out, Box b) throws IOException {
        float r = b.width() / 2;
        float cx = b.x() + r;
        float cy = b.y() + r;
        float k = r * KAPPA;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.closePath();
    }

    private static void roundedRect(PDFormContentStream out, Box b, float r) throws IOException {
        float k = r * KAPPA;
        out.moveTo(b.x() + r, b.y());
        out.lineTo(b.right() - r, b.y());
        out.curveTo(b.right() - r + k, b.y(), b.right(), b.y() + r - k, b.right(), b.y() + r);
        out.lineTo(b.right(), b.top() - r);
        out.curveTo(b.right(), b.top() - r + k, b.right() - r + k, b.top(), b.right() - r, b.top());
        out.lineTo(b.x() + r, b.top());
        out.curveTo(b.x() + r - k, b.top(), b.x(), b.top() - r + k, b.x(), b.top() - r);
        out.lineTo(b.x(), b.y() + r);
        out.curveTo(b.x(), b.y() + r - k, b.x() + r - k, b.y(), b.x() + r, b.y());
        out.closePath();
    }
}
