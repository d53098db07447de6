# Generates the section subreports (section-table, kpi-tiles) and the two master templates (board-quarterly, document)
# of Ektefaa's reports (issue #23), each laid out right to left and left to right. Run it after changing a layout here:
#   python3 reporting-module/generate-templates.py
# (The build does not run it: it compiles the .jrxml files it writes. An association edits its own copies in
# Jaspersoft Studio instead: README, "Reports and their templates".)
import os
import pathlib
OUT = str(pathlib.Path(__file__).resolve().parent / 'src' / 'main' / 'jasperreports') + '/'
W = 535

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

def tf(x, y, w, h, expr, style='Base', align=None, rtl_align=False, attrs='', pattern=None, props=None,
       printwhen=None, box=False, extra=''):
    a = f'<element kind="textField" x="{x}" y="{y}" width="{w}" height="{h}" style="{style}"'
    if align:
        a += f' hTextAlign="{align}"'
    a += f' vTextAlign="Middle" textAdjust="StretchHeight" blankWhenNull="true"{attrs}>'
    s = [a]
    if printwhen:
        s.append(f'\t<printWhenExpression><![CDATA[{printwhen}]]></printWhenExpression>')
    s.append(f'\t<expression><![CDATA[{expr}]]></expression>')
    if pattern:
        s.append(f'\t<patternExpression><![CDATA[{pattern}]]></patternExpression>')
    if rtl_align:
        s.append('\t<propertyExpression name="net.sf.jasperreports.style.hTextAlign"><![CDATA[$P{rtl} ? "Right" : "Left"]]></propertyExpression>')
    for name, value in (props or []):
        s.append(f'\t<propertyExpression name="{name}"><![CDATA[{value}]]></propertyExpression>')
    if extra:
        s.append('\t' + extra)
    if box:
        s.append('\t<box><bottomPen lineWidth="0.5" lineColor="#D5DDD8"/></box>')
    s.append('</element>')
    return '\n'.join(s)

def indent(block, n):
    return '\n'.join(('\t' * n + line) if line else line for line in block.split('\n'))

def pattern(unit, extra=''):
    # the template formats each figure by its unit, in the report's locale (REPORT_LOCALE: its digits)
    return ('"PERCENT".equals(' + unit + ') ? "#,##0.#\'" + $P{percentSign} + "\'"' + extra
            + ' : "COUNT".equals(' + unit + ') ? "#,##0"' + extra + ' : "#,##0.##"' + extra)

STYLES_PARAM = '''	<!-- the shared styles: the built-in ektefaa-styles.jrtx, or the association's copy -->
	<template><![CDATA[$P{styles}]]></template>
	<parameter name="styles" class="java.lang.String">
		<defaultValueExpression><![CDATA["ektefaa-styles.jrtx"]]></defaultValueExpression>
	</parameter>
	<parameter name="rtl" class="java.lang.Boolean">
		<defaultValueExpression><![CDATA[false]]></defaultValueExpression>
	</parameter>
	<!-- "%" in English, "٪" in Arabic -->
	<parameter name="percentSign" class="java.lang.String">
		<defaultValueExpression><![CDATA["%"]]></defaultValueExpression>
	</parameter>'''

# ---------------------------------------------------------------- section-table
def table():
    cols = [('label', 235), ('value', 75), ('previous', 75), ('target', 75), ('sample', 75)]
    def positions(rtl):
        x = 0; out = {}
        order = cols if not rtl else list(reversed(cols))
        for name, w in order:
            out[name] = (x, w); x += w
        return out
    heads = {'label': '$P{hLabel}', 'value': '$P{hValue}', 'previous': '$P{hPrevious}', 'target': '$P{hTarget}', 'sample': '$P{hN}'}
    header, detail = [], []
    for rtl in (True, False):
        pos = positions(rtl)
        when = '$P{rtl}' if rtl else '!$P{rtl}'
        for name, _ in cols:
            x, w = pos[name]
            header.append(tf(x, 0, w, 18, heads[name], style='Header',
                             align=('Right' if rtl else 'Left') if name == 'label' else 'Center',
                             printwhen=when, box=True))
            if name == 'label':
                detail.append(tf(x, 0, w, 16, '$F{label}', align='Right' if rtl else 'Left', printwhen=when, box=True))
            else:
                unit = f'$F{{{name}Unit}}'
                extra = ' + ($F{smallSample} ? " †" : "")' if name == 'sample' else ''
                detail.append(tf(x, 0, w, 16, f'$F{{{name}Data}}', align='Center', printwhen=when, box=True,
                                 pattern=pattern(unit, extra)))
    fields = '\n'.join(f'\t<field name="{n}" class="{c}"/>' for n, c in [
        ('label', 'java.lang.String'), ('valueData', 'java.lang.Object'), ('valueUnit', 'java.lang.String'),
        ('previousData', 'java.lang.Object'), ('previousUnit', 'java.lang.String'), ('targetData', 'java.lang.Object'),
        ('targetUnit', 'java.lang.String'), ('sampleData', 'java.lang.Object'), ('sampleUnit', 'java.lang.String'),
        ('smallSample', 'java.lang.Boolean')])
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- A table of a report (issue #23), the section-table subreport of every report: its header's titles (parameters; no
     header when hLabel is null), reprinted on each page the table spans, then one row per figure line. The figures
     arrive typed (a number and its unit: COUNT, PERCENT, SCORE, DECIMAL, or a text such as a date in both calendars
     or "—") and are formatted here by their unit's pattern in the report's locale, which carries the profile's digits.
     Columns are laid out twice, right to left ($P{{rtl}}) and left to right: edit both. -->
<jasperReport name="section-table" language="java" pageWidth="{W}" pageHeight="842" columnWidth="{W}" leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0" whenNoDataType="AllSectionsNoDetail">
{STYLES_PARAM}
	<parameter name="hLabel" class="java.lang.String"/>
	<parameter name="hValue" class="java.lang.String"/>
	<parameter name="hPrevious" class="java.lang.String"/>
	<parameter name="hTarget" class="java.lang.String"/>
	<parameter name="hN" class="java.lang.String"/>
{fields}
	<columnHeader height="18">
		<printWhenExpression><![CDATA[$P{{hLabel}} != null]]></printWhenExpression>
{indent(chr(10).join(header), 2)}
	</columnHeader>
	<detail>
		<band height="16">
{indent(chr(10).join(detail), 3)}
		</band>
	</detail>
</jasperReport>
'''

# ---------------------------------------------------------------- kpi-tiles
def tiles():
    TW, TH, GAP = 171, 98, 11
    frames = []
    for i, x in enumerate((0, TW + GAP, 2 * (TW + GAP))):
        slot = ['($P{rtl} ? $F{third} : $F{first})', '$F{second}', '($P{rtl} ? $F{first} : $F{third})'][i]
        t = slot
        color = f'"MET".equals({t}.getStatus()) ? "#1E7B34" : "MISSED".equals({t}.getStatus()) ? "#B3261E" : "#0F5E4F"'
        inner = []
        inner.append(tf(6, 4, TW - 12, 26, f'{t}.getLabel()', style='Label', align='Center', attrs=' textAdjust="CutText"'.replace(' textAdjust="CutText"', '')))
        inner.append(tf(6, 30, TW - 12, 26, f'{t}.getValueData()', style='Strong', align='Center', attrs=' fontSize="18.0"',
                        pattern=pattern(f'{t}.getValueUnit()'), props=[('net.sf.jasperreports.style.forecolor', color)]))
        lines = [
            (58, '$P{hTarget}', f'{t}.getTargetData()', f'{t}.getTargetUnit()',
             f' + ("MET".equals({t}.getStatus()) ? " ✓" : "MISSED".equals({t}.getStatus()) ? " ✗" : "")', color),
            (71, '$P{hPrevious}', f'{t}.getPreviousData()', f'{t}.getPreviousUnit()',
             f' + ("UP".equals({t}.getDirection()) ? " ▲" : "DOWN".equals({t}.getDirection()) ? " ▼" : "SAME".equals({t}.getDirection()) ? " =" : "")', None),
            (84, '$P{hN}', f'{t}.getSampleData()', f'{t}.getSampleUnit()',
             f' + ({t}.getSmallSample() ? " †" : "")', None),
        ]
        half = (TW - 12) // 2
        for y, caption, data, unit, extra, col in lines:
            for rtl in (True, False):
                when = '$P{rtl}' if rtl else '!$P{rtl}'
                cx, vx = (6 + half, 6) if rtl else (6, 6 + half)
                inner.append(tf(cx, y, half, 13, caption, style='Caption', align='Right' if rtl else 'Left',
                                printwhen=when, attrs=' textAdjust="CutText"'.replace(' textAdjust="CutText"', '')))
                inner.append(tf(vx, y, half, 13, data, style='Caption', align='Left' if rtl else 'Right', printwhen=when,
                                attrs=' bold="true"' if col else '', pattern=pattern(unit, extra),
                                props=[('net.sf.jasperreports.style.forecolor', col)] if col else None))
        bar = f'''<element kind="textField" x="0" y="0" width="{TW}" height="3" mode="Opaque" blankWhenNull="true">
	<expression><![CDATA[""]]></expression>
	<propertyExpression name="net.sf.jasperreports.style.backcolor"><![CDATA[{color}]]></propertyExpression>
</element>'''
        frames.append(f'''<element kind="frame" x="{x}" y="0" width="{TW}" height="{TH}" mode="Opaque" backcolor="#F6F9F7">
	<printWhenExpression><![CDATA[{t} != null]]></printWhenExpression>
{indent(bar, 1)}
{indent(chr(10).join(inner), 1)}
	<box><pen lineWidth="0.75" lineColor="#C9D6CF"/></box>
</element>''')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- The key indicators as tiles (issue #23), the kpi-tiles subreport: three to a row, the first on the right in Arabic.
     Each tile shows the indicator, its value large and coloured by whether it met its target (green, red; teal without
     a target), the target with ✓ or ✗, the previous period with ▲, ▼ or =, and the sample (marked † when small).
     Figures arrive typed and are formatted by their unit's pattern in the report's locale. -->
<jasperReport name="kpi-tiles" language="java" pageWidth="{W}" pageHeight="842" columnWidth="{W}" leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
{STYLES_PARAM}
	<parameter name="hPrevious" class="java.lang.String"/>
	<parameter name="hTarget" class="java.lang.String"/>
	<parameter name="hN" class="java.lang.String"/>
	<field name="first" class="org.ektefaa.reporting.control.ReportLine"/>
	<field name="second" class="org.ektefaa.reporting.control.ReportLine"/>
	<field name="third" class="org.ektefaa.reporting.control.ReportLine"/>
	<detail>
		<band height="{TH + 10}" splitType="Prevent">
{indent(chr(10).join(frames), 3)}
		</band>
	</detail>
</jasperReport>
'''

# ---------------------------------------------------------------- masters
def master(name, quarterly):
    sub_params = '''<parameter name="styles"><expression><![CDATA[$P{styles}]]></expression></parameter>
<parameter name="rtl"><expression><![CDATA[$P{rtl}]]></expression></parameter>
<parameter name="percentSign"><expression><![CDATA[$P{percentSign}]]></expression></parameter>
<parameter name="REPORT_LOCALE"><expression><![CDATA[$P{REPORT_LOCALE}]]></expression></parameter>
<parameter name="hLabel"><expression><![CDATA[$F{header} == null ? null : $F{header}.getLabel()]]></expression></parameter>
<parameter name="hValue"><expression><![CDATA[$F{header} == null ? null : $F{header}.getValue()]]></expression></parameter>
<parameter name="hPrevious"><expression><![CDATA[$F{header} == null ? null : $F{header}.getPrevious()]]></expression></parameter>
<parameter name="hTarget"><expression><![CDATA[$F{header} == null ? null : $F{header}.getTarget()]]></expression></parameter>
<parameter name="hN"><expression><![CDATA[$F{header} == null ? null : $F{header}.getN()]]></expression></parameter>'''
    if quarterly:
        contents = f'''<element kind="textField" x="60" y="200" width="415" height="22" style="Section" positionType="Float" hTextAlign="Center" vTextAlign="Middle" blankWhenNull="true">
	<expression><![CDATA[$P{{contentsTitle}}]]></expression>
</element>
<element kind="textField" x="110" y="226" width="365" height="20" style="Subtitle" positionType="Float" hTextAlign="Right" vTextAlign="Top" textAdjust="StretchHeight" blankWhenNull="true">
	<printWhenExpression><![CDATA[$P{{rtl}}]]></printWhenExpression>
	<expression><![CDATA[$P{{contentsText}}]]></expression>
	<paragraph lineSpacing="1_1_2"/>
</element>
<element kind="textField" x="60" y="226" width="50" height="20" style="Subtitle" positionType="Float" hTextAlign="Left" vTextAlign="Top" textAdjust="StretchHeight" blankWhenNull="true">
	<printWhenExpression><![CDATA[$P{{rtl}}]]></printWhenExpression>
	<expression><![CDATA[$P{{contentsPages}}]]></expression>
	<paragraph lineSpacing="1_1_2"/>
</element>
<element kind="textField" x="60" y="226" width="365" height="20" style="Subtitle" positionType="Float" hTextAlign="Left" vTextAlign="Top" textAdjust="StretchHeight" blankWhenNull="true">
	<printWhenExpression><![CDATA[!$P{{rtl}}]]></printWhenExpression>
	<expression><![CDATA[$P{{contentsText}}]]></expression>
	<paragraph lineSpacing="1_1_2"/>
</element>
<element kind="textField" x="425" y="226" width="50" height="20" style="Subtitle" positionType="Float" hTextAlign="Right" vTextAlign="Top" textAdjust="StretchHeight" blankWhenNull="true">
	<printWhenExpression><![CDATA[!$P{{rtl}}]]></printWhenExpression>
	<expression><![CDATA[$P{{contentsPages}}]]></expression>
	<paragraph lineSpacing="1_1_2"/>
</element>
<!-- the cover is a page of its own -->
<element kind="break" x="0" y="254" width="{W}" height="1" positionType="Float"/>'''
        title_h = 256
    else:
        contents = ''
        title_h = 186
    cover = f'''<element kind="image" x="217" y="0" width="100" height="60" scaleImage="RetainShape" hImageAlign="Center" vImageAlign="Middle">
	<printWhenExpression><![CDATA[$P{{logo}} != null]]></printWhenExpression>
	<expression><![CDATA[$P{{logo}}]]></expression>
</element>
<element kind="textField" x="0" y="62" width="{W}" height="20" style="Subtitle" hTextAlign="Center" vTextAlign="Middle" blankWhenNull="true">
	<expression><![CDATA[$P{{associationName}}]]></expression>
</element>
<element kind="textField" x="0" y="84" width="{W}" height="28" style="Title" hTextAlign="Center" vTextAlign="Middle" textAdjust="StretchHeight" blankWhenNull="true">
	<expression><![CDATA[$P{{reportTitle}}]]></expression>
</element>
<element kind="textField" x="0" y="114" width="{W}" height="18" style="Subtitle" positionType="Float" hTextAlign="Center" vTextAlign="Middle" textAdjust="StretchHeight" blankWhenNull="true">
	<expression><![CDATA[$P{{periodText}}]]></expression>
</element>
<element kind="textField" x="0" y="134" width="{W}" height="30" style="Base" positionType="Float" hTextAlign="Center" vTextAlign="Top" textAdjust="StretchHeight" blankWhenNull="true">
	<expression><![CDATA[$P{{subtitle}}]]></expression>
</element>
<element kind="textField" x="0" y="166" width="{W}" height="16" style="Base" positionType="Float" hTextAlign="Center" vTextAlign="Top" textAdjust="StretchHeight" blankWhenNull="true" removeLineWhenBlank="true">
	<printWhenExpression><![CDATA[$P{{preparedText}} != null]]></printWhenExpression>
	<expression><![CDATA[$P{{preparedText}}]]></expression>
</element>''' + ('\n' + contents if contents else '')
    section = tf(0, 0, W, 28, '$F{title}', style='Section', rtl_align=True,
                 attrs=' bookmarkLevel="1"', extra='<anchorNameExpression><![CDATA[$F{title}]]></anchorNameExpression>')
    # nothing prints here; it makes the band need room for a title and the first lines under it, so that a title
    # left alone at the foot of a page moves to the next page with what it heads
    keep = tf(0, 28, W, 56, 'null', attrs=' removeLineWhenBlank="true"')
    text = tf(0, 0, W, 16, '$F{title}', rtl_align=True)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- The {'board quarterly' if quarterly else 'periodic reports and certificates'}' master template (issue #23): {'a cover page (logo, association, title, period in both calendars, meeting, policy version, prepared on and by, contents with page numbers), ' if quarterly else 'a heading (logo, association, title, period, meeting, policy version), '}then the
     report's blocks (org.ektefaa.reporting.control.Block): section titles (PDF bookmarks), tables through the
     section-table subreport, key indicators through the kpi-tiles subreport, paragraphs, charts and page breaks; then
     {'the signature block' if quarterly else 'a signature when there is one'}. Arabic reports are laid out right to left ($P{{rtl}}); every text uses DejaVu Sans from
     the font extension, embedded with Identity-H, so Arabic is shaped and ordered. Its styles come from
     ektefaa-styles.jrtx. -->
<jasperReport name="{name}" language="java" pageWidth="595" pageHeight="842" columnWidth="{W}" leftMargin="30" rightMargin="30" topMargin="30" bottomMargin="30" whenNoDataType="AllSectionsNoDetail">
{STYLES_PARAM}
	<parameter name="associationName" class="java.lang.String"/>
	<parameter name="reportTitle" class="java.lang.String"/>
	<parameter name="periodText" class="java.lang.String"/>
	<parameter name="subtitle" class="java.lang.String"/>
	<parameter name="generatedText" class="java.lang.String"/>
	<parameter name="logo" class="java.awt.Image"/>
	<parameter name="signatureText" class="java.lang.String"/>
	<parameter name="preparedText" class="java.lang.String"/>
	<parameter name="contentsTitle" class="java.lang.String"/>
	<!-- the sections' titles, one per line, and the pages they start on, one per line -->
	<parameter name="contentsText" class="java.lang.String"/>
	<parameter name="contentsPages" class="java.lang.String"/>
	<parameter name="pageOf" class="java.lang.String"/>
	<parameter name="pageLocale" class="java.util.Locale"/>
	<!-- the subreports: compiled section-table and kpi-tiles (the association's own when it has them) -->
	<parameter name="tableReport" class="net.sf.jasperreports.engine.JasperReport"/>
	<parameter name="tilesReport" class="net.sf.jasperreports.engine.JasperReport"/>
	<field name="kind" class="java.lang.String"/>
	<field name="title" class="java.lang.String"/>
	<field name="image" class="java.awt.Image"/>
	<field name="header" class="org.ektefaa.reporting.control.ReportLine"/>
	<field name="rows" class="java.util.List"/>
	<field name="tiles" class="java.util.List"/>
	<!-- the page being printed; with evaluationTime="Auto" the footer reads it at the page's end and PAGE_NUMBER at the
	     report's end: "page 3 of 10" -->
	<variable name="CURRENT_PAGE" class="java.lang.Integer" resetType="Page">
		<expression><![CDATA[$V{{PAGE_NUMBER}}]]></expression>
	</variable>
	<title height="{title_h}">
{indent(cover, 2)}
	</title>
	<detail>
		<band height="84">
			<printWhenExpression><![CDATA["SECTION".equals($F{{kind}})]]></printWhenExpression>
{indent(section, 3)}
{indent(keep, 3)}
		</band>
		<band height="18">
			<printWhenExpression><![CDATA["TABLE".equals($F{{kind}})]]></printWhenExpression>
			<element kind="subreport" x="0" y="0" width="{W}" height="12">
				<dataSourceExpression><![CDATA[new net.sf.jasperreports.engine.data.JRBeanCollectionDataSource($F{{rows}})]]></dataSourceExpression>
				<expression><![CDATA[$P{{tableReport}}]]></expression>
{indent(sub_params, 4)}
			</element>
		</band>
		<band height="12">
			<printWhenExpression><![CDATA["TILES".equals($F{{kind}})]]></printWhenExpression>
			<element kind="subreport" x="0" y="0" width="{W}" height="8">
				<dataSourceExpression><![CDATA[new net.sf.jasperreports.engine.data.JRBeanCollectionDataSource($F{{tiles}})]]></dataSourceExpression>
				<expression><![CDATA[$P{{tilesReport}}]]></expression>
{indent(sub_params, 4)}
			</element>
		</band>
		<band height="18">
			<printWhenExpression><![CDATA["TEXT".equals($F{{kind}})]]></printWhenExpression>
{indent(text, 3)}
		</band>
		<band height="210">
			<printWhenExpression><![CDATA["IMAGE".equals($F{{kind}})]]></printWhenExpression>
			<element kind="image" x="0" y="5" width="{W}" height="200" scaleImage="RetainShape" hImageAlign="Center" vImageAlign="Middle">
				<expression><![CDATA[$F{{image}}]]></expression>
			</element>
		</band>
		<band height="1">
			<printWhenExpression><![CDATA["BREAK".equals($F{{kind}})]]></printWhenExpression>
			<element kind="break" x="0" y="0" width="{W}" height="1"/>
		</band>
	</detail>
	<pageFooter height="20">
		<element kind="textField" x="0" y="4" width="{W}" height="14" style="Base" fontSize="7.0" forecolor="#666666" hTextAlign="Center" blankWhenNull="true" evaluationTime="Auto">
			<expression><![CDATA[$P{{reportTitle}} + " · " + $P{{associationName}} + " · " + $P{{generatedText}} + " · "
				+ new java.text.MessageFormat($P{{pageOf}}, $P{{pageLocale}}).format(new Object[] {{$V{{CURRENT_PAGE}}, $V{{PAGE_NUMBER}}}})]]></expression>
		</element>
	</pageFooter>
	<summary height="90" splitType="Prevent">
		<element kind="textField" x="0" y="20" width="{W}" height="60" style="Base" fontSize="10.0" hTextAlign="Center" vTextAlign="Top" textAdjust="StretchHeight" blankWhenNull="true">
			<printWhenExpression><![CDATA[$P{{signatureText}} != null]]></printWhenExpression>
			<expression><![CDATA[$P{{signatureText}}]]></expression>
		</element>
	</summary>
</jasperReport>
'''

open(OUT + 'section-table.jrxml', 'w').write(table())
open(OUT + 'kpi-tiles.jrxml', 'w').write(tiles())
open(OUT + 'document.jrxml', 'w').write(master('document', False))
open(OUT + 'board-quarterly.jrxml', 'w').write(master('board-quarterly', True))
print('ok')
