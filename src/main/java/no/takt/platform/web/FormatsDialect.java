package no.takt.platform.web;

import java.util.Set;
import no.takt.platform.text.Formats;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #fmt} in every template: {@link Formats} in the template's locale (the user's on pages,
 * the document's language in PDFs and mail), so that "1 500,00" and "01.12.2026" are written the
 * same way everywhere.
 */
@Component
class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

    FormatsDialect() {
        super("takt-formats");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("fmt");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return Formats.of(context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
