package nl.personacanvas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The promises of docs/security.md that can be read off the code: no network, no code or objects
 * built from what a file says, and JavaFX only in the desktop UI.
 */
class SafetyRulesTest {
    private static final JavaClasses product = ProductRules.PRODUCT;

    @Test
    void everythingButTheDesktopUiWorksWithoutJavaFx() {
        noClasses().that().resideInAnyPackage("..personacanvas.model..", "..personacanvas.matrix..",
                        "..personacanvas.check..", "..personacanvas.io..", "..personacanvas.pdf..",
                        "..personacanvas.merge..", "..personacanvas.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(product);
    }

    @Test
    void nothingTalksToTheNetwork() {
        ProductRules.NO_NETWORK.check(product);
    }

    @Test
    void noObjectsOrCodeAreMadeFromWhatAFileSays() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.beans.XMLDecoder")
                .orShould().dependOnClassesThat().resideInAnyPackage("javax.script..", "javax.tools..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLClassLoader")
                .orShould().callMethod(ClassLoader.class, "defineClass", String.class, byte[].class, int.class, int.class)
                .check(product);
    }

    @Test
    void jacksonNeverPicksTypesFromTheFile() {
        noClasses().should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "default typing is switched on", call -> {
                            String name = call.getName();
                            boolean jackson = call.getTarget().getOwner().isAssignableTo(ObjectMapper.class)
                                    || call.getTarget().getOwner().isAssignableTo(MapperBuilder.class);
                            return jackson && (name.startsWith("activateDefaultTyping") || name.startsWith("enableDefaultTyping")
                                    || name.equals("setDefaultTyping") || name.equals("setPolymorphicTypeValidator")
                                    || name.equals("polymorphicTypeValidator"));
                        }))
                .check(product);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonSubTypes")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.annotation.JsonTypeResolver")
                .check(product);
    }

    /**
     * What a file is read into: records of texts, whole numbers and lists of those or of other file
     * records. No Object, interface or abstract field a file could fill with a type of its choosing.
     */
    @Test
    void theFileIsBoundOnlyToConcreteRecordsOfTextsNumbersAndLists() throws Exception {
        classes().that().resideInAPackage("..personacanvas.io.dto..").should().beRecords().check(product);
        for (JavaClass dto : product.stream().filter(c -> c.getPackageName().endsWith(".io.dto")).toList()) {
            for (RecordComponent component : Class.forName(dto.getName()).getRecordComponents()) {
                assertThat(isSafe(component.getGenericType())).as(dto.getSimpleName() + "." + component.getName()).isTrue();
            }
        }
    }

    private static boolean isSafe(Type type) {
        if (type instanceof ParameterizedType p) {
            return p.getRawType() == List.class && isSafe(p.getActualTypeArguments()[0]);
        }
        if (type instanceof Class<?> c) {
            return Set.of(String.class, Integer.class, int.class).contains(c)
                    || c.isRecord() && c.getPackageName().endsWith(".io.dto");
        }
        return false;
    }
}
