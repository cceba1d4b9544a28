package org.orgsim.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The report parsed as XML (it is written to be well-formed), queried with XPath; a parse failure
 * is itself a test failure (an unescaped name or a broken tag).
 */
final class ReportXml {
    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private ReportXml(Document document) {
        this.document = document;
    }

    static ReportXml read(Path file) throws Exception {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static ReportXml parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return new ReportXml(builder.parse(new InputSource(new StringReader(html))));
    }

    List<Element> all(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int index = 0; index < nodes.getLength(); index++) {
                elements.add((Element) nodes.item(index));
            }
            return elements;
        } catch (XPathExpressionException invalid) {
            throw new IllegalArgumentException(expression, invalid);
        }
    }

    List<Element> all(Element context, String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int index = 0; index < nodes.getLength(); index++) {
                elements.add((Element) nodes.item(index));
            }
            return elements;
        } catch (XPathExpressionException invalid) {
            throw new IllegalArgumentException(expression, invalid);
        }
    }

    Element one(String expression) {
        List<Element> elements = all(expression);
        if (elements.size() != 1) {
            throw new AssertionError("expected exactly one match of " + expression + ", found " + elements.size());
        }
        return elements.get(0);
    }

    String text(String expression) {
        return normalized(one(expression).getTextContent());
    }

    /**
     * All text of the page that the report itself wrote: without the style sheet and without
     * anything marked {@code translate="no"} (the user's names and descriptions).
     */
    String reportText() {
        StringBuilder text = new StringBuilder();
        collect(document.getDocumentElement(), text);
        return normalized(text.toString());
    }

    private static void collect(Node node, StringBuilder text) {
        if (node instanceof Element element) {
            if ("no".equals(element.getAttribute("translate")) || element.getTagName().equals("style")) {
                return;
            }
        }
        if (node.getNodeType() == Node.TEXT_NODE) {
            text.append(node.getNodeValue()).append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, text);
        }
    }

    static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String readString(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
