package nl.personacanvas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What the rule tests share: the product's own classes, imported once per test JVM (an import takes seconds), and
 * one rule. {@code ui.UiArchitectureTest} checks its part of the same import rather than importing the UI again.
 */
public final class ProductRules {
    public static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.personacanvas");

    /** Both the layering (docs/architecture.md) and docs/security.md promise that nothing reaches the network. */
    static final ArchRule NO_NETWORK = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.MulticastSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLClassLoader")
            // A name lookup can reach a DNS server; the lock file reads the host name from the system.
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetAddress")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetSocketAddress")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "java.rmi..",
                    "javax.naming..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream")
            .orShould().callMethod(java.net.URL.class, "getContent");

    private ProductRules() {
    }
}
