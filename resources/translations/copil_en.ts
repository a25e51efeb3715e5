<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>Archive</name>
    <message>
        <source>%1 : lecture impossible : %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1 : fichier trop gros (%2 octets, au plus %3)</source>
        <translation>%1: file too large (%2 bytes, at most %3)</translation>
    </message>
    <message>
        <source>%1 : la réunion %2 est déjà dans l’espace de travail ; importez-la avec de nouveaux identifiants (--new-ids) pour en faire une copie.</source>
        <translation>%1: meeting %2 is already in the workspace; import it with new ids (--new-ids) to make a copy.</translation>
    </message>
    <message>
        <source>%1 : écriture impossible : %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1 : écriture interrompue : %2</source>
        <translation>%1: writing interrupted: %2</translation>
    </message>
    <message>
        <source>%1 : enregistrement impossible : %2</source>
        <translation>%1: cannot save: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Espace de travail.</source>
        <translation>Workspace.</translation>
    </message>
    <message>
        <source>Identifiant de réunion.</source>
        <translation>Meeting id.</translation>
    </message>
    <message>
        <source>Format d’export.</source>
        <translation>Export format.</translation>
    </message>
    <message>
        <source>Fichier de sortie.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <source>Nouveaux identifiants à l’import.</source>
        <translation>New ids on import.</translation>
    </message>
    <message>
        <source>Langue.</source>
        <translation>Language.</translation>
    </message>
    <message>
        <source>Aide.</source>
        <translation>Help.</translation>
    </message>
    <message>
        <source>Version.</source>
        <translation>Version.</translation>
    </message>
    <message>
        <source>Commande inconnue : « %1 ».</source>
        <translation>Unknown command: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>import : indiquez un seul fichier JSON.</source>
        <translation>import: give exactly one JSON file.</translation>
    </message>
    <message>
        <source>Réunion importée dans %1.</source>
        <translation>Meeting imported into %1.</translation>
    </message>
    <message>
        <source>%1 : argument en trop : « %2 ».</source>
        <translation>%1: unexpected argument: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>export : --meeting, --format et -o sont obligatoires.</source>
        <translation>export: --meeting, --format and -o are required.</translation>
    </message>
    <message>
        <source>export : format « %1 » inconnu (formats : %2).</source>
        <translation>export: unknown format &quot;%1&quot; (formats: %2).</translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Version du schéma : %1 (cette version de Copil : %2)</source>
        <translation>Schema version: %1 (this version of Copil: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Intégrité : %n problème(s).</source>
        <translation>
            <numerusform>Integrity: %n problem.</numerusform>
            <numerusform>Integrity: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intégrité : ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <source>Usage :
  copil [--db FICHIER] [--lang fr|en] [--pane agenda|subgroups|subgroup-N|plenary]
                                         ouvre la fenêtre
  copil import FICHIER.json [--db FICHIER] [--new-ids]
  copil list [--db FICHIER]
  copil export --meeting ID --format json|md|html|odt|pdf|ics -o SORTIE
        [--variant minutes|decisions|agenda] [--status draft|validated]
        [--validated-by NOM] [--without attendance|votes|notes] [--db FICHIER]
  copil check [--db FICHIER]
Sans --db, l’espace de travail par défaut est utilisé (%1).
Codes de sortie : 0 succès, 2 usage ou fichier d’entrée invalide, 1 autre échec.</source>
        <translation>Usage:
  copil [--db FILE] [--lang fr|en] [--pane agenda|subgroups|subgroup-N|plenary]
                                         opens the window
  copil import FILE.json [--db FILE] [--new-ids]
  copil list [--db FILE]
  copil export --meeting ID --format json|md|html|odt|pdf|ics -o OUTPUT
        [--variant minutes|decisions|agenda] [--status draft|validated]
        [--validated-by NAME] [--without attendance|votes|notes] [--db FILE]
  copil check [--db FILE]
Without --db, the default workspace is used (%1).
Exit codes: 0 success, 2 usage or invalid input file, 1 other failure.</translation>
    </message>
    <message>
        <source>Variante.</source>
        <translation>Variant.</translation>
    </message>
    <message>
        <source>Statut.</source>
        <translation>Status.</translation>
    </message>
    <message>
        <source>Qui valide.</source>
        <translation>Who validates.</translation>
    </message>
    <message>
        <source>Section omise.</source>
        <translation>Section left out.</translation>
    </message>
    <message>
        <source>export : variante « %1 » inconnue (minutes, decisions, agenda).</source>
        <translation>export: unknown variant &quot;%1&quot; (minutes, decisions, agenda).</translation>
    </message>
    <message>
        <source>export : statut « %1 » inconnu (draft, validated).</source>
        <translation>export: unknown status &quot;%1&quot; (draft, validated).</translation>
    </message>
    <message>
        <source>export : le format « %1 » ne prend pas cette variante ni ce statut.</source>
        <translation>export: format &quot;%1&quot; takes neither this variant nor this status.</translation>
    </message>
    <message>
        <source>export : section « %1 » inconnue (attendance, votes, notes).</source>
        <translation>export: unknown section &quot;%1&quot; (attendance, votes, notes).</translation>
    </message>
    <message>
        <source>export : le compte rendu de cette réunion n’a pas été validé ; indiquez qui le valide avec --validated-by NOM.</source>
        <translation>export: the minutes of this meeting have not been validated; say who validates them with --validated-by NAME.</translation>
    </message>
</context>
<context>
    <name>DefaultWorkspace</name>
    <message>
        <source>Impossible de créer le dossier %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Impossible de renommer %1 en %2.</source>
        <translation>Cannot rename %1 to %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Document :</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Format :</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Participants (présents, excusés, absents)</source>
        <translation>&amp;Participants (present, excused, absent)</translation>
    </message>
    <message>
        <source>Détail des &amp;votes (notes par critère)</source>
        <translation>&amp;Vote details (scores per criterion)</translation>
    </message>
    <message>
        <source>&amp;Notes prises en séance</source>
        <translation>&amp;Notes taken in session</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>P&amp;rojet (« PROJET » sur chaque page)</source>
        <translation>D&amp;raft (&quot;DRAFT&quot; on every page)</translation>
    </message>
    <message>
        <source>Version &amp;validée</source>
        <translation>&amp;Validated version</translation>
    </message>
    <message>
        <source>Validée &amp;par :</source>
        <translation>Validated &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer sous :</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>P&amp;arcourir…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Intercommunalité / EPCI</source>
        <translation>Intermunicipality / EPCI</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Odas</source>
        <translation>Odas</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Animateur</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excusé</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Sous-groupe</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Pas commencée</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Abordée</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Traitée</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Point de vigilance</source>
        <translation>Point of vigilance</translation>
    </message>
    <message>
        <source>Question ouverte</source>
        <translation>Open question</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Préconisation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>À débattre</source>
        <translation>To debate</translation>
    </message>
    <message>
        <source>Retenu</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>À approfondir</source>
        <translation>To explore</translation>
    </message>
    <message>
        <source>Écarté</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Abandonné</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Copil</source>
        <translation>Copil</translation>
    </message>
    <message>
        <source>Réunion :</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Sous-groupes</source>
        <translation>Subgroups</translation>
    </message>
    <message>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Open a workspace…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Importer une réunion (JSON)…</source>
        <translation>&amp;Import a meeting (JSON)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>À &amp;propos de Copil</source>
        <translation>&amp;About Copil</translation>
    </message>
    <message>
        <source>&amp;Exporter le compte rendu…</source>
        <translation>&amp;Export the minutes…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Exporter l’&amp;ordre du jour…</source>
        <translation>Export the &amp;agenda…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>MeetingJson</name>
    <message>
        <source>champ obligatoire manquant</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>texte attendu, trouvé %1</source>
        <translation>text expected, found %1</translation>
    </message>
    <message>
        <source>texte trop long (%1 octets, au plus %2)</source>
        <translation>text too long (%1 bytes, at most %2)</translation>
    </message>
    <message>
        <source>nombre entier attendu</source>
        <translation>integer expected</translation>
    </message>
    <message>
        <source>nombre attendu</source>
        <translation>number expected</translation>
    </message>
    <message>
        <source>true ou false attendu</source>
        <translation>true or false expected</translation>
    </message>
    <message>
        <source>heure attendue au format &quot;HH:MM&quot;, trouvé &quot;%1&quot;</source>
        <translation>time expected as &quot;HH:MM&quot;, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>date attendue au format &quot;AAAA-MM-JJ&quot;, trouvé &quot;%1&quot;</source>
        <translation>date expected as &quot;YYYY-MM-DD&quot;, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>date et heure ISO 8601 attendues (ex. &quot;2017-10-11T10:05:00.000+02:00&quot;), trouvé &quot;%1&quot;</source>
        <translation>ISO 8601 date and time expected (e.g. &quot;2017-10-11T10:05:00.000+02:00&quot;), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>texte attendu</source>
        <translation>text expected</translation>
    </message>
    <message>
        <source>valeur &quot;%1&quot; inconnue ; valeurs possibles : %2</source>
        <translation>unknown value &quot;%1&quot;; possible values: %2</translation>
    </message>
    <message>
        <source>liste attendue, trouvé %1</source>
        <translation>list expected, found %1</translation>
    </message>
    <message>
        <source>liste trop longue (%1 éléments, au plus %2)</source>
        <translation>list too long (%1 items, at most %2)</translation>
    </message>
    <message>
        <source>objet attendu, trouvé %1</source>
        <translation>object expected, found %1</translation>
    </message>
    <message>
        <source>objet attendu</source>
        <translation>object expected</translation>
    </message>
    <message>
        <source>fichier trop gros (%1 octets, au plus %2)</source>
        <translation>file too large (%1 bytes, at most %2)</translation>
    </message>
    <message>
        <source>JSON mal formé, ligne %1, colonne %2 : %3</source>
        <translation>malformed JSON, line %1, column %2: %3</translation>
    </message>
    <message>
        <source>JSON trop imbriqué (plus de %1 niveaux)</source>
        <translation>JSON nested too deeply (more than %1 levels)</translation>
    </message>
    <message>
        <source>JSON illisible : %1</source>
        <translation>unreadable JSON: %1</translation>
    </message>
    <message>
        <source>un objet JSON est attendu à la racine</source>
        <translation>a JSON object is expected at the root</translation>
    </message>
    <message>
        <source>format: &quot;%1&quot; attendu (ce fichier n’est pas une réunion Copil)</source>
        <translation>format: &quot;%1&quot; expected (this file is not a Copil meeting)</translation>
    </message>
    <message>
        <source>formatVersion: nombre entier attendu</source>
        <translation>formatVersion: integer expected</translation>
    </message>
    <message>
        <source>formatVersion: version %1 inconnue ; cette version de Copil lit jusqu’à la version %2</source>
        <translation>formatVersion: unknown version %1; this version of Copil reads up to version %2</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Intervenants : %1</source>
        <translation>Presenters: %1</translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Relevé de décisions</source>
        <translation>Record of decisions</translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1, de %2 à %3</source>
        <translation>%1, from %2 to %3</translation>
    </message>
    <message>
        <source>Organisé par %1</source>
        <translation>Organised by %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Version validée le %1</source>
        <translation>Validated on %1</translation>
    </message>
    <message>
        <source>Version validée par %1 le %2</source>
        <translation>Validated by %1 on %2</translation>
    </message>
    <message>
        <source>PROJET</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>Projet : document non validé</source>
        <translation>Draft: not validated</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contexte</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Aucun participant enregistré.</source>
        <translation>No participant recorded.</translation>
    </message>
    <message>
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excusés</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absents</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Présence non relevée</source>
        <translation>Attendance not taken</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Aucun point à l’ordre du jour.</source>
        <translation>No agenda item.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Horaire prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Horaire réel</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Piste, salle</source>
        <translation>Track, room</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>Sous-groupe n°%1 : %2</source>
        <translation>Subgroup no. %1: %2</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Cadrage</source>
        <translation>Framing</translation>
    </message>
    <message>
        <source>Questions de travail</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <source>Bloc %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Bloc %1 – %2</source>
        <translation>Block %1 – %2</translation>
    </message>
    <message>
        <source>Priorisation</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <source>C%1 : %2 (poids %3)</source>
        <translation>C%1: %2 (weight %3)</translation>
    </message>
    <message>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Éléments soumis au groupe (pas de vote enregistré) :</source>
        <translation>Items put to the group (no vote recorded):</translation>
    </message>
    <message>
        <source>Classement par nombre de gommettes, puis par score pondéré, puis dans l’ordre de la liste.</source>
        <translation>Ranked by number of dots, then by weighted score, then in list order.</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Score pondéré</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <source>C%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>Solutions pour : %1</source>
        <translation>Solutions for: %1</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Porteurs possibles</source>
        <translation>Possible carriers</translation>
    </message>
    <message>
        <source>Faisabilité</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Retenue</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Débat : %1</source>
        <translation>Debate: %1</translation>
    </message>
    <message>
        <source>Constats</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Préconisations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Aucune décision enregistrée.</source>
        <translation>No decision recorded.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Aucune action enregistrée.</source>
        <translation>No action recorded.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source> : </source>
        <extracomment>Between a label and its text: French typography puts a space before the colon.</extracomment>
        <translation>: </translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ne doit pas être vide</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>doit être compris entre %1 et %2 (valeur : %3)</source>
        <translation>must be between %1 and %2 (value: %3)</translation>
    </message>
    <message>
        <source>identifiant manquant</source>
        <translation>id missing</translation>
    </message>
    <message>
        <source>identifiant « %1 » en double (déjà utilisé par %2)</source>
        <translation>duplicate id &quot;%1&quot; (already used by %2)</translation>
    </message>
    <message>
        <source>référence manquante</source>
        <translation>reference missing</translation>
    </message>
    <message>
        <source>« %1 » ne désigne aucun élément de type %2 de la réunion</source>
        <translation>&quot;%1&quot; names no %2 of the meeting</translation>
    </message>
    <message>
        <source>date manquante ou invalide</source>
        <translation>date missing or invalid</translation>
    </message>
    <message>
        <source>heure de début manquante ou invalide</source>
        <translation>start time missing or invalid</translation>
    </message>
    <message>
        <source>heure de fin manquante ou invalide</source>
        <translation>end time missing or invalid</translation>
    </message>
    <message>
        <source>la journée doit finir après son début (%1 – %2)</source>
        <translation>the day must end after it starts (%1 – %2)</translation>
    </message>
    <message>
        <source>ne peut pas être négatif</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>la fin (%1) doit être après le début (%2)</source>
        <translation>the end (%1) must be after the start (%2)</translation>
    </message>
    <message>
        <source>une fin réelle suppose un début réel</source>
        <translation>an actual end needs an actual start</translation>
    </message>
    <message>
        <source>la fin réelle doit être après le début réel</source>
        <translation>the actual end must be after the actual start</translation>
    </message>
    <message>
        <source>un point ne peut pas être son propre parent</source>
        <translation>an item cannot be its own parent</translation>
    </message>
    <message>
        <source>le poids doit être compris entre 0 et 100 (valeur : %1)</source>
        <translation>the weight must be between 0 and 100 (value: %1)</translation>
    </message>
    <message>
        <source>une note doit être rattachée à un élément</source>
        <translation>a note must be attached to an item</translation>
    </message>
    <message>
        <source>« %1 » ne désigne aucun point de l’ordre du jour</source>
        <translation>&quot;%1&quot; names no agenda item</translation>
    </message>
    <message>
        <source>les points parents forment une boucle</source>
        <translation>the parent items form a loop</translation>
    </message>
    <message>
        <source>le sous-point (%1 – %2) doit tenir dans « %3 » (%4 – %5)</source>
        <translation>the sub-item (%1 – %2) must fit inside &quot;%3&quot; (%4 – %5)</translation>
    </message>
    <message>
        <source>« %1 » (%2 – %3) sort de la journée (%4 – %5)</source>
        <translation>&quot;%1&quot; (%2 – %3) falls outside the day (%4 – %5)</translation>
    </message>
    <message>
        <source>« %1 » chevauche « %2 » sur la piste « %3 »</source>
        <translation>&quot;%1&quot; overlaps &quot;%2&quot; in track &quot;%3&quot;</translation>
    </message>
    <message>
        <source>ce membre a placé %1 gommettes pour %2 autorisées</source>
        <translation>this member placed %1 dots where %2 are allowed</translation>
    </message>
    <message>
        <source>le critère et l’élément noté appartiennent à des sous-groupes différents</source>
        <translation>the criterion and the scored item belong to different subgroups</translation>
    </message>
    <message>
        <source>cet élément a déjà une note pour ce critère</source>
        <translation>this item already has a score for this criterion</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::AgendaModel</name>
    <message>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Piste</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>copil::gui::ExportDialog</name>
    <message>
        <source>Compte rendu</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Relevé de décisions</source>
        <translation>Record of decisions</translation>
    </message>
    <message>
        <source>Ordre du jour (à distribuer)</source>
        <translation>Agenda (handout)</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>OpenDocument texte (LibreOffice, Word)</source>
        <translation>OpenDocument text (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>Page HTML autonome</source>
        <translation>Standalone HTML page</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Agenda iCalendar (.ics)</source>
        <translation>iCalendar agenda (.ics)</translation>
    </message>
    <message>
        <source>Archive complète (JSON)</source>
        <translation>Full archive (JSON)</translation>
    </message>
    <message>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>compte-rendu</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>releve-de-decisions</source>
        <translation>record-of-decisions</translation>
    </message>
    <message>
        <source>ordre-du-jour</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>nom de la personne qui valide</source>
        <translation>name of the person who validates</translation>
    </message>
    <message>
        <source>Enregistrer sous</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Fichiers %1 (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
</context>
<context>
    <name>copil::gui::MainWindow</name>
    <message>
        <source>Copil – %1</source>
        <translation>Copil – %1</translation>
    </message>
    <message>
        <source>Espace de travail : %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cet espace de travail ne contient aucune réunion. Importez-en une par Fichier › Importer une réunion.</source>
        <translation>This workspace holds no meeting. Import one with File › Import a meeting.</translation>
    </message>
    <message>
        <source>%1, de %2 à %3</source>
        <translation>%1, from %2 to %3</translation>
    </message>
    <message>
        <source>Contact : %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Sous-groupe %1 – %2</source>
        <translation>Subgroup %1 – %2</translation>
    </message>
    <message>
        <source>par %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Constats</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Aucun constat pour l’instant.</source>
        <translation>No finding yet.</translation>
    </message>
    <message>
        <source>Préconisations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Aucune préconisation pour l’instant.</source>
        <translation>No recommendation yet.</translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Aucune décision pour l’instant.</source>
        <translation>No decision yet.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Aucune action pour l’instant.</source>
        <translation>No action yet.</translation>
    </message>
    <message>
        <source>Copil</source>
        <translation>Copil</translation>
    </message>
    <message>
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <source>Espaces de travail Copil (*.sqlite *.copil);;Tous les fichiers (*)</source>
        <translation>Copil workspaces (*.sqlite *.copil);;All files (*)</translation>
    </message>
    <message>
        <source>Importer une réunion</source>
        <translation>Import a meeting</translation>
    </message>
    <message>
        <source>Réunions Copil (*.json)</source>
        <translation>Copil meetings (*.json)</translation>
    </message>
    <message>
        <source>À propos de Copil</source>
        <translation>About Copil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copil&lt;/b&gt; %1&lt;br&gt;Préparer et animer une journée de travail, produire le compte rendu le soir même.</source>
        <translation>&lt;b&gt;Copil&lt;/b&gt; %1&lt;br&gt;Prepare and run a working day, produce the minutes the same evening.</translation>
    </message>
    <message>
        <source>Aucune réunion à exporter.</source>
        <translation>No meeting to export.</translation>
    </message>
    <message>
        <source>Exporter l’ordre du jour</source>
        <translation>Export the agenda</translation>
    </message>
    <message>
        <source>Exporter le compte rendu</source>
        <translation>Export the minutes</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Un export est déjà en cours ; attendez qu’il se termine.</source>
        <translation>An export is already running; wait for it to finish.</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>copil::gui::SubgroupView</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Éléments à prioriser</source>
        <translation>Items to prioritise</translation>
    </message>
    <message>
        <source>Questions de cadrage</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <source>Causes et critères</source>
        <translation>Causes and criteria</translation>
    </message>
    <message>
        <source>Contexte</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>(pas de texte de cadrage)</source>
        <translation>(no framing text)</translation>
    </message>
    <message>
        <source>Bloc %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Bloc %1 – %2</source>
        <translation>Block %1 – %2</translation>
    </message>
    <message>
        <source>Critères de priorisation</source>
        <translation>Prioritisation criteria</translation>
    </message>
    <message>
        <source>%1 (poids %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>copil::storage::MeetingRepository</name>
    <message>
        <source>Aucune réunion d’identifiant %1 dans %2.</source>
        <translation>No meeting with id %1 in %2.</translation>
    </message>
    <message>
        <source>La réunion %1 (« %2 ») est déjà dans cet espace de travail.</source>
        <translation>Meeting %1 (&quot;%2&quot;) is already in this workspace.</translation>
    </message>
</context>
<context>
    <name>copil::storage::Workspace</name>
    <message>
        <source>ajout dans %1</source>
        <translation>insert into %1</translation>
    </message>
    <message>
        <source>modification dans %1</source>
        <translation>update in %1</translation>
    </message>
    <message>
        <source>%1 : élément %2 introuvable dans %3</source>
        <translation>%1: item %2 not found in %3</translation>
    </message>
    <message>
        <source>suppression dans %1</source>
        <translation>delete from %1</translation>
    </message>
    <message>
        <source>lecture de %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>%1 est un dossier, pas un espace de travail Copil.</source>
        <translation>%1 is a folder, not a Copil workspace.</translation>
    </message>
    <message>
        <source>%1 est un fichier vide (0 octet) : ce n’est pas un espace de travail Copil. Il n’a pas été modifié.</source>
        <translation>%1 is an empty file (0 bytes): it is not a Copil workspace. It was not changed.</translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 n’est pas un espace de travail Copil (ce n’est pas une base SQLite). Il n’a pas été modifié.</source>
        <translation>%1 is not a Copil workspace (it is not an SQLite database). It was not changed.</translation>
    </message>
    <message>
        <source>%1 est une base SQLite d’une autre application, pas un espace de travail Copil. Elle n’a pas été modifiée.</source>
        <translation>%1 is an SQLite database of another application, not a Copil workspace. It was not changed.</translation>
    </message>
    <message>
        <source>Impossible de créer %1 : %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>le fichier existe déjà ou le dossier n’est pas accessible en écriture</source>
        <translation>the file already exists or the folder is not writable</translation>
    </message>
    <message>
        <source>Impossible de créer l’espace de travail %1 : %2</source>
        <translation>Cannot create the workspace %1: %2</translation>
    </message>
    <message>
        <source>L’espace de travail %1 n’existe pas.</source>
        <translation>The workspace %1 does not exist.</translation>
    </message>
    <message>
        <source>ouverture</source>
        <translation>opening</translation>
    </message>
    <message>
        <source>%1 est endommagé ou n’est pas une base SQLite valide (%2). Il n’a pas été modifié.</source>
        <translation>%1 is damaged or not a valid SQLite database (%2). It was not changed.</translation>
    </message>
    <message>
        <source>%1 a été créé par une version plus récente de Copil (schéma %2 ; cette version connaît le schéma %3). Mettez Copil à jour pour l’ouvrir ; le fichier n’a pas été modifié.</source>
        <translation>%1 was created by a newer version of Copil (schema %2; this version knows schema %3). Update Copil to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>%1 est endommagé (%2). Il n’a pas été modifié.</source>
        <translation>%1 is damaged (%2). It was not changed.</translation>
    </message>
    <message>
        <source>%1 utilise un schéma ancien (%2) : ouvrez-le une fois en écriture pour le mettre à jour.</source>
        <translation>%1 uses an old schema (%2): open it once for writing to update it.</translation>
    </message>
    <message>
        <source>Migration %1 introuvable dans l’application.</source>
        <translation>Migration %1 missing from the application.</translation>
    </message>
    <message>
        <source>Mise à jour du schéma de %1 vers la version %2 impossible : %3</source>
        <translation>Cannot update the schema of %1 to version %2: %3</translation>
    </message>
    <message>
        <source>%1 est ouvert en lecture seule : la modification n’a pas été enregistrée.</source>
        <translation>%1 is open read-only: the change was not saved.</translation>
    </message>
    <message>
        <source>vérification d’intégrité</source>
        <translation>integrity check</translation>
    </message>
    <message>
        <source>vérification des références</source>
        <translation>reference check</translation>
    </message>
    <message>
        <source>référence cassée dans la table %1 (ligne %2) vers %3</source>
        <translation>broken reference in table %1 (row %2) to %3</translation>
    </message>
    <message>
        <source>le fichier est verrouillé par un autre programme ; réessayez dans un instant</source>
        <translation>the file is locked by another program; try again in a moment</translation>
    </message>
    <message>
        <source>le fichier ou son dossier est en lecture seule</source>
        <translation>the file or its folder is read-only</translation>
    </message>
    <message>
        <source>erreur d’entrée-sortie sur le disque</source>
        <translation>input/output error on the disk</translation>
    </message>
    <message>
        <source>le fichier est endommagé</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>le fichier ne peut pas être ouvert</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <source>%1 : %2 : %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Copil</source>
        <translation>Copil</translation>
    </message>
    <message>
        <source>Volet inconnu : « %1 ».</source>
        <translation>Unknown pane: &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
