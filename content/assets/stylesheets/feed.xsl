<?xml version="1.0" encoding="utf-8"?>
<!-- A feed of the site (status.xml, driftsstatus/driftsmeddelelser.xml) opened in a browser, shown
     as a Danish page: what a feed is, how to follow it, and its entries with links. Each feed names
     this file in an xml-stylesheet processing instruction (macros/output/feeds.py).
     Text from the feed goes out through value-of and attribute value templates, which escape it;
     nothing here turns escaping off. No script: the page needs none. A browser without XSLT skips
     this file and styles the feed with feed.css beside it. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:template match="/atom:feed">
    <xsl:variable name="home" select="atom:link[@rel='alternate'][@type='text/html'][1]/@href"/>
    <html lang="da">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/> (feed)</title>
        <!-- Why an empty icon: the browser would otherwise ask the server for /favicon.ico. -->
        <link rel="icon" href="data:,"/>
        <style>
          body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                 color: #1f1f1f; background: #fff; line-height: 1.5; margin: 0; }
          main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
          h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
          h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
          .pt-feed-how { background: #eef2f5; border-left: 0.3rem solid #1b4a66;
                         padding: 0.5rem 1rem; }
          .pt-feed-address { font-family: monospace; overflow-wrap: anywhere; }
          ol { list-style: none; padding: 0; }
          li { border-top: 1px solid #c8c8c8; padding: 0.75rem 0; }
          .pt-feed-when { color: #4a4a4a; }
          a { color: #1a4fa0; text-underline-offset: 0.15em; overflow-wrap: anywhere; }
          p, h1, h3 { overflow-wrap: anywhere; }
          h3 { font-size: 1rem; margin: 0; }
        </style>
      </head>
      <body>
        <main>
          <p><a href="{$home}">Til forsiden</a> · <a href="{$home}was/">Tilgængelighedserklæring</a></p>
          <h1><xsl:value-of select="atom:title"/></h1>
          <section class="pt-feed-how" aria-labelledby="pt-feed-how">
            <h2 id="pt-feed-how">Sådan følger du med</h2>
            <p>Det her er et feed: en liste over de seneste opdateringer, som et program kan holde
              øje med for dig. Du kan læse listen herunder, men vil du have nye opdateringer af
              sig selv, så kopiér adressen på denne side fra adresselinjen og sæt den ind i en
              feedlæser – et program, en app eller en udvidelse til browseren, der samler feeds.
              Vælg der at tilføje eller abonnere på et feed (det kaldes også RSS).</p>
            <p>Feedet opdateres, hver gang sitet bygges; feedlæseren henter det selv.</p>
          </section>
          <h2 id="pt-feed-entries">Seneste opdateringer</h2>
          <xsl:choose>
            <xsl:when test="atom:entry">
              <ol aria-labelledby="pt-feed-entries">
                <xsl:apply-templates select="atom:entry"/>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <p>Der er ingen opdateringer endnu.</p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <h3><a href="{atom:link[@rel='alternate'][1]/@href}"><xsl:value-of select="atom:title"/></a></h3>
      <p class="pt-feed-when">
        <time datetime="{atom:updated}">
          <xsl:call-template name="danish-date">
            <xsl:with-param name="moment" select="atom:updated"/>
          </xsl:call-template>
          <!-- A moment in Danish time (with its offset, the outage feed's) has a clock that
               matters; the status feed's days are UTC midnights (Z) and have none. -->
          <xsl:if test="not(contains(atom:updated, 'Z'))">
            <xsl:text> kl. </xsl:text>
            <xsl:value-of select="substring(atom:updated, 12, 5)"/>
          </xsl:if>
        </time>
      </p>
      <xsl:if test="normalize-space(atom:summary)">
        <p><xsl:value-of select="atom:summary"/></p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- "2023-05-10T00:00:00Z" as "10. maj 2023", as the site prints dates. -->
  <xsl:template name="danish-date">
    <xsl:param name="moment"/>
    <xsl:variable name="month" select="number(substring($moment, 6, 2))"/>
    <xsl:value-of select="number(substring($moment, 9, 2))"/>
    <xsl:text>. </xsl:text>
    <xsl:value-of select="substring-before(substring-after(
      '|1 januar|2 februar|3 marts|4 april|5 maj|6 juni|7 juli|8 august|9 september|10 oktober|11 november|12 december|',
      concat('|', $month, ' ')), '|')"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($moment, 1, 4)"/>
  </xsl:template>
</xsl:stylesheet>
