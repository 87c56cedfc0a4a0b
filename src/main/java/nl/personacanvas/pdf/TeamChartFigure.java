package nl.personacanvas.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import nl.personacanvas.merge.RoleCompleteness;
import org.apache.pdfbox.pdmodel.PDFormContentStream;

/**
 * The team chart as a vector drawing: one horizontal bar per role (design, deliver, organise, attitudes)
 * showing how much of the matrix the team covers, with the count and percentage beside it and a scale
 * of 0–100 % underneath, readable at a glance and in black and white.
 */
final class TeamChartFigure {
    private static final Color TRACK = new Color(0xE6, 0xE6, 0xE6);
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);

    private final Typesetter type;
    private final PdfMessages messages;
    private final List<RoleCompleteness> roles;
    private final float width;
    private final float s;

    TeamChartFigure(Typesetter type, PdfMessages messages, List<RoleCompleteness> roles, float width, float scale) {
        this.type = type;
        this.messages = messages;
        this.roles = List.copyOf(roles);
        this.width = width;
        this.s = scale;
    }

    private float bar() {
        return 20 * s;
    }

    private float step() {
        return 30 * s;
    }

    private float textSize() {
        return 10 * s;
    }

    float height() {
        return roles.size() * step() + textSize() * 2.2f;
    }

    private String value(RoleCompleteness r) {
        return messages.get("team.value", r.covered(), r.total(), Math.round(r.fraction() * 100));
    }

    void draw(PDFormContentStream out, DocumentFonts fonts) throws IOException {
        float labelWidth = 0;
        float valueWidth = 0;
        for (RoleCompleteness r : roles) {
            labelWidth = Math.max(labelWidth, type.width(role(r), true, textSize()));
            valueWidth = Math.max(valueWidth, type.width(value(r), false, textSize()));
        }
        float trackX = labelWidth + 10 * s;
        float trackWidth = width - trackX - valueWidth - 10 * s;
        float axis = textSize() * 2.2f;
        out.setStrokingColor(GRID);
        out.setLineWidth(0.5f * s);
        out.setNonStrokingColor(QuadrantStyle.MUTED_TEXT);
        for (int pct = 0; pct <= 100; pct += 25) {
            float x = trackX + trackWidth * pct / 100f;
            out.moveTo(x, axis - 2 * s);
            out.lineTo(x, height());
            out.stroke();
            String tick = messages.get("team.tick", pct);
            float w = type.width(tick, false, textSize() * 0.8f);
            type.draw(out, fonts, tick, false, Math.min(x - w / 2, width - w), axis - 2 * s - textSize(), false,
                    textSize() * 0.8f);
        }
        float y = height() - (step() - bar()) / 2;
        for (RoleCompleteness r : roles) {
            float barY = y - bar();
            out.setNonStrokingColor(TRACK);
            out.addRect(trackX, barY, trackWidth, bar());
            out.fill();
            out.setNonStrokingColor(ComparisonPalette.BAR);
            out.addRect(trackX, barY, (float) (trackWidth * r.fraction()), bar());
            out.fill();
            float baseline = barY + bar() / 2 - textSize() * 0.36f;
            out.setNonStrokingColor(QuadrantStyle.TEXT);
            type.draw(out, fonts, role(r), false, 0, baseline, true, textSize());
            type.draw(out, fonts, value(r), false, trackX + trackWidth + 8 * s, baseline, false, textSize());
            y -= step();
        }
    }

    private String role(RoleCompleteness r) {
        return messages.get("coverage.role." + r.role().key());
    }
}
