<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>Accessibility</name>
    <message>
        <source>Guide d’utilisation</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Le guide d’utilisation n’est pas installé (cherché dans %1).</source>
        <translation>The user guide is not installed (looked in %1).</translation>
    </message>
    <message>
        <source>Guide d’utilisation de Copil</source>
        <translation>Copil user guide</translation>
    </message>
    <message>
        <source>&amp;Guide d’utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Contraste élevé</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>P&amp;riorisation du sous-groupe</source>
        <translation>Subgroup&apos;s p&amp;rioritisation</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>Nouveau sous-point</source>
        <translation>New sub-item</translation>
    </message>
    <message>
        <source>Nouveau point</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Ajouter un sous-point</source>
        <translation>Add a sub-item</translation>
    </message>
    <message>
        <source>Ajouter un point</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <source>Modification de « %1 »</source>
        <translation>Editing &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Point de l’ordre du jour</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Nature :</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Dans :</source>
        <translation>&amp;Within:</translation>
    </message>
    <message>
        <source>&amp;Piste :</source>
        <translation>&amp;Lane:</translation>
    </message>
    <message>
        <source>La colonne du déroulé : la plénière ou un sous-groupe qui travaille en parallèle.</source>
        <translation>The column of the timeline: the plenary, or a subgroup working in parallel.</translation>
    </message>
    <message>
        <source>&amp;Horaire :</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Salle :</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>&amp;Intervenants :</source>
        <translation>&amp;Presenters:</translation>
    </message>
    <message>
        <source>séparés par des virgules, ex. Odas, CGET</source>
        <translation>separated by commas, e.g. Odas, CGET</translation>
    </message>
    <message>
        <source>D&amp;escription :</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>Chevauchement &amp;voulu avec un autre point de la piste</source>
        <translation>&amp;Intended overlap with another item of the lane</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
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
</context>
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
    <name>Backups</name>
    <message>
        <source>Impossible de créer le dossier des sauvegardes %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>sauvegarde vers %1</source>
        <translation>backup to %1</translation>
    </message>
    <message>
        <source>Cette sauvegarde ne peut pas être restaurée : %1</source>
        <translation>This backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>La sauvegarde %1 est endommagée : elle n’a pas été restaurée.</source>
        <translation>The backup %1 is damaged: it was not restored.</translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Restauration abandonnée : la version actuelle n’a pas pu être sauvegardée d’abord (%1).</source>
        <translation>Restore abandoned: the current version could not be backed up first (%1).</translation>
    </message>
    <message>
        <source>Impossible d’écrire %1 : %2 ; le fichier précédent est intact.</source>
        <translation>Cannot write %1: %2; the previous file is intact.</translation>
    </message>
    <message>
        <source>le fichier endommagé n’a pas pu être gardé dans %1.</source>
        <translation>the damaged file could not be kept in %1.</translation>
    </message>
    <message>
        <source>Restauration abandonnée : %1</source>
        <translation>Restore abandoned: %1</translation>
    </message>
    <message>
        <source>pg_dump n’est pas installé (paquet postgresql-client) et l’archive JSON n’est pas disponible ici.</source>
        <translation>pg_dump is not installed (package postgresql-client) and the JSON archive is not available here.</translation>
    </message>
    <message>
        <source>pg_dump a échoué : %1</source>
        <translation>pg_dump failed: %1</translation>
    </message>
    <message>
        <source>Une sauvegarde d’un espace partagé se remet en place sur le serveur : pg_restore --clean pour un fichier .dump, « copil import » pour chaque réunion d’une archive JSON (voir docs/server.md). %1</source>
        <translation>A backup of a shared workspace is put back on the server: pg_restore --clean for a .dump file, &quot;copil import&quot; for each meeting of a JSON archive (see docs/server.md). %1</translation>
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
        <source>export : statut « %1 » inconnu (draft, validated).</source>
        <translation>export: unknown status &quot;%1&quot; (draft, validated).</translation>
    </message>
    <message>
        <source>export : le format « %1 » ne prend pas cette variante ni ce statut.</source>
        <translation>export: format &quot;%1&quot; takes neither this variant nor this status.</translation>
    </message>
    <message>
        <source>export : le compte rendu de cette réunion n’a pas été validé ; indiquez qui le valide avec --validated-by NOM.</source>
        <translation>export: the minutes of this meeting have not been validated; say who validates them with --validated-by NAME.</translation>
    </message>
    <message>
        <source>restore : indiquez une sauvegarde (chemin ou nom, voir « copil backups »).</source>
        <translation>restore: give a backup (path or name, see &quot;copil backups&quot;).</translation>
    </message>
    <message>
        <source>restore : sauvegarde introuvable : %1</source>
        <translation>restore: backup not found: %1</translation>
    </message>
    <message>
        <source>%1 remis en place depuis %2 ; la version remplacée est gardée parmi les sauvegardes.</source>
        <translation>%1 put back from %2; the replaced version is kept among the backups.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde de %1 (dossier %2).</source>
        <translation>No backup of %1 (folder %2).</translation>
    </message>
    <message>
        <source>Aucune sauvegarde de ce fichier (dossier %1).</source>
        <translation>No backup of this file (folder %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n sauvegarde(s) de ce fichier (« copil backups --db %1 » les liste). Pour remettre la plus récente en place, la version actuelle étant gardée : copil restore %2 --db %1</source>
        <translation>
            <numerusform>%n backup of this file (“copil backups --db %1” lists it). To put the latest back, keeping the current version: copil restore %2 --db %1</numerusform>
            <numerusform>%n backups of this file (“copil backups --db %1” lists them). To put the latest back, keeping the current version: copil restore %2 --db %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Espace copié.</source>
        <translation>Workspace copied.</translation>
    </message>
    <message>
        <source>Espace de destination.</source>
        <translation>Destination workspace.</translation>
    </message>
    <message>
        <source>copy : --from et --to sont obligatoires.</source>
        <translation>copy: --from and --to are required.</translation>
    </message>
    <message numerus="yes">
        <source>%n réunion(s) copiée(s) (%1 lignes) et vérifiées : l’export JSON de chacune est identique des deux côtés.</source>
        <translation>
            <numerusform>%n meeting copied (%1 rows) and checked: its JSON export is identical on both sides.</numerusform>
            <numerusform>%n meetings copied (%1 rows) and checked: the JSON export of each is identical on both sides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Base : %1 (PostgreSQL)</source>
        <translation>Database: %1 (PostgreSQL)</translation>
    </message>
    <message>
        <source>Essai, rien d’enregistré.</source>
        <translation>Trial run, nothing saved.</translation>
    </message>
    <message>
        <source>Ajoute aussi les personnes déjà inscrites.</source>
        <translation>Also adds the people already registered.</translation>
    </message>
    <message>
        <source>Importe sans le sous-groupe inconnu.</source>
        <translation>Imports without the unknown subgroup.</translation>
    </message>
    <message>
        <source>Une feuille d’émargement par sous-groupe.</source>
        <translation>One attendance sheet per subgroup.</translation>
    </message>
    <message>
        <source>export : variante « %1 » inconnue (minutes, decisions, agenda, attendance-sheet).</source>
        <translation>export: unknown variant &quot;%1&quot; (minutes, decisions, agenda, attendance-sheet).</translation>
    </message>
    <message>
        <source>export : section « %1 » inconnue (attendance, votes, notes, empty-parts).</source>
        <translation>export: unknown section &quot;%1&quot; (attendance, votes, notes, empty-parts).</translation>
    </message>
    <message>
        <source>Usage :
  copil [--db FICHIER] [--lang fr|en] [--simulate-time &quot;AAAA-MM-JJ HH:MM&quot;]
        [--pane details|agenda|participants|subgroups|subgroup-N|plenary|restitution-N]
        [--projector N]
                                         ouvre la fenêtre (et la projection sur l’écran N)
  copil import FICHIER.json [--db FICHIER] [--new-ids]
  copil list [--db FICHIER]
  copil export --meeting ID --format json|md|html|odt|pdf|ics -o SORTIE
        [--variant minutes|decisions|agenda|attendance-sheet] [--per-subgroup]
        [--status draft|validated] [--validated-by NOM]
        [--without attendance|votes|notes|empty-parts] [--db FICHIER]
  copil check [--db FICHIER]
  copil backups [--db FICHIER]             les sauvegardes, la plus récente d’abord
  copil restore SAUVEGARDE [--db FICHIER]  remet une sauvegarde en place
  copil copy --from FICHIER|URI --to FICHIER|URI
                                         copie toutes les réunions, puis vérifie
%2
  copil room-copy --meeting ID [--subgroup N] -o POSTE [--db FICHIER]
                                         prépare le poste d’une salle
  copil merge POSTE [--dry-run] [--prefer hub|room] [--db FICHIER]
                                         fusionne la saisie d’une salle
Sans --db, l’espace de travail par défaut est utilisé (%1).
Un espace partagé se donne par son adresse PostgreSQL :
  --db postgresql://utilisateur@serveur:5432/base
  --db &quot;postgresql:///base?host=/var/run/postgresql&amp;user=nom&quot;
(mot de passe : ~/.pgpass ou PGPASSWORD).
Codes de sortie : 0 succès, 2 usage ou fichier d’entrée invalide, 1 autre échec, 3 fusion en conflit sans --prefer.</source>
        <translation>Usage:
  copil [--db FILE] [--lang fr|en] [--simulate-time &quot;YYYY-MM-DD HH:MM&quot;]
        [--pane details|agenda|participants|subgroups|subgroup-N|plenary|restitution-N]
        [--projector N]
                                         opens the window (and the projector on screen N)
  copil import FILE.json [--db FILE] [--new-ids]
  copil list [--db FILE]
  copil export --meeting ID --format json|md|html|odt|pdf|ics -o OUTPUT
        [--variant minutes|decisions|agenda|attendance-sheet] [--per-subgroup]
        [--status draft|validated] [--validated-by NAME]
        [--without attendance|votes|notes|empty-parts] [--db FILE]
  copil check [--db FILE]
  copil backups [--db FILE]                the backups, newest first
  copil restore BACKUP [--db FILE]         puts a backup back in place
  copil copy --from FILE|URI --to FILE|URI
                                         copies every meeting, then checks
%2
  copil room-copy --meeting ID [--subgroup N] -o ROOMCOPY [--db FILE]
                                         prepares a room&apos;s laptop
  copil merge ROOMCOPY [--dry-run] [--prefer hub|room] [--db FILE]
                                         merges a room&apos;s capture
Without --db, the default workspace is used (%1).
A shared workspace is given by its PostgreSQL address:
  --db postgresql://user@server:5432/database
  --db &quot;postgresql:///database?host=/var/run/postgresql&amp;user=name&quot;
(password: ~/.pgpass or PGPASSWORD).
Exit codes: 0 success, 2 usage or invalid input file, 1 other failure, 3 merge with conflicts and no --prefer.</translation>
    </message>
    <message>
        <source>  copil new (--blank | --template NOM|FICHIER | --from-meeting ID)
        --title TITRE --date AAAA-MM-JJ [--number N] [--start HH:MM] [--end HH:MM]
        [--db FICHIER]                   prépare une réunion ; son identifiant
                                         est écrit sur la dernière ligne
  copil templates                        les modèles (intégrés et les vôtres)
  copil remove --meeting ID [--db FICHIER]
                                         supprime une réunion, après une sauvegarde</source>
        <translation>  copil new (--blank | --template NAME|FILE | --from-meeting ID)
        --title TITLE --date YYYY-MM-DD [--number N] [--start HH:MM] [--end HH:MM]
        [--db FILE]                      prepares a meeting; its id is written
                                         on the last line
  copil templates                        the templates (built-in and yours)
  copil remove --meeting ID [--db FILE]
                                         removes a meeting, after a backup</translation>
    </message>
    <message>
        <source>Réunion vide.</source>
        <translation>Blank meeting.</translation>
    </message>
    <message>
        <source>Modèle.</source>
        <translation>Template.</translation>
    </message>
    <message>
        <source>Réunion précédente.</source>
        <translation>Previous meeting.</translation>
    </message>
    <message>
        <source>Titre.</source>
        <translation>Title.</translation>
    </message>
    <message>
        <source>Date.</source>
        <translation>Date.</translation>
    </message>
    <message>
        <source>Numéro.</source>
        <translation>Number.</translation>
    </message>
    <message>
        <source>Début de journée.</source>
        <translation>Start of the day.</translation>
    </message>
    <message>
        <source>Fin de journée.</source>
        <translation>End of the day.</translation>
    </message>
    <message>
        <source>Usage :</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>intégré</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>remove : --meeting est obligatoire.</source>
        <translation>remove: --meeting is required.</translation>
    </message>
    <message>
        <source>remove : rien n’est supprimé, la sauvegarde préalable a échoué : %1</source>
        <translation>remove: nothing removed, the backup made first failed: %1</translation>
    </message>
    <message>
        <source>Réunion « %1 » supprimée ; sauvegarde faite avant : %2</source>
        <translation>Meeting &quot;%1&quot; removed; backup made first: %2</translation>
    </message>
    <message>
        <source>new : indiquez une seule origine : --blank, --template ou --from-meeting.</source>
        <translation>new: give one start only: --blank, --template or --from-meeting.</translation>
    </message>
    <message>
        <source>new : --date est obligatoire.</source>
        <translation>new: --date is required.</translation>
    </message>
    <message>
        <source>new : --date « %1 » : date AAAA-MM-JJ attendue.</source>
        <translation>new: --date &quot;%1&quot;: a YYYY-MM-DD date is expected.</translation>
    </message>
    <message>
        <source>new : --title est obligatoire.</source>
        <translation>new: --title is required.</translation>
    </message>
    <message>
        <source>new : --number « %1 » : nombre entier positif attendu.</source>
        <translation>new: --number &quot;%1&quot;: a positive whole number is expected.</translation>
    </message>
    <message>
        <source>new : --start et --end : heure HH:MM attendue.</source>
        <translation>new: --start and --end: an HH:MM time is expected.</translation>
    </message>
    <message>
        <source>Réunion « %1 » du %2 préparée : %3.</source>
        <translation>Meeting &quot;%1&quot; of %2 prepared: %3.</translation>
    </message>
    <message>
        <source>Le compte rendu validé par %1 le %2 revient à l’état de projet : la réunion a changé depuis. Validez-le à nouveau à l’export.</source>
        <translation>The minutes validated by %1 on %2 are a draft again: the meeting has changed since. Validate them again when exporting.</translation>
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
    <name>DotRules</name>
    <message>
        <source>%1 n’est pas membre de ce sous-groupe.</source>
        <translation>%1 is not a member of this subgroup.</translation>
    </message>
    <message>
        <source>%1 est noté(e) %2 : pas de gommettes.</source>
        <translation>%1 is marked %2: no dots.</translation>
    </message>
    <message>
        <source>Participant inconnu (%1).</source>
        <translation>Unknown participant (%1).</translation>
    </message>
    <message>
        <source>Élément à prioriser introuvable (%1).</source>
        <translation>Item to prioritise not found (%1).</translation>
    </message>
    <message>
        <source>Le nombre de gommettes ne peut pas être négatif.</source>
        <translation>The number of dots cannot be negative.</translation>
    </message>
    <message numerus="yes">
        <source>%n gommette(s) par membre : il en reste %1 à placer.</source>
        <translation>
            <numerusform>%n dot per member: %1 left to place.</numerusform>
            <numerusform>%n dots per member: %1 left to place.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a placé %2 gommettes dans le sous-groupe %3, pour %4 autorisées : il faut d’abord en retirer %5.</source>
        <translation>%1 placed %2 dots in subgroup %3, where %4 are allowed: %5 must be taken back first.</translation>
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
    <message>
        <source>P&amp;oints de la plénière sans notes (« Pas de notes pour ce point »)</source>
        <translation>Plenary parts with n&amp;o notes (&quot;No notes for this item&quot;)</translation>
    </message>
    <message>
        <source>Une feuille par so&amp;us-groupe</source>
        <translation>One sheet per s&amp;ubgroup</translation>
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
        <translation>Department</translation>
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
    <message>
        <source>Mme</source>
        <extracomment>Civility written before a woman&apos;s name (no full stop in French).</extracomment>
        <translation>Ms</translation>
    </message>
    <message>
        <source>M.</source>
        <extracomment>Civility written before a man&apos;s name.</extracomment>
        <translation>Mr</translation>
    </message>
    <message>
        <source>animatrice</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>animateur</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>animateur ou animatrice</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>rapporteure</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>rapporteur ou rapporteure</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>intervenante</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>intervenant</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>intervenant ou intervenante</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>membre</source>
        <translation>member</translation>
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
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Séance</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Démarrer</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Démarrer le point sélectionné ; ce qui courait sur sa piste se termine</source>
        <translation>Start the selected item; what was running in its lane ends</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Pause / reprise</source>
        <translation>&amp;Pause / resume</translation>
    </message>
    <message>
        <source>Mettre en pause ou reprendre le point sélectionné</source>
        <translation>Pause or resume the selected item</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Terminer le point sélectionné</source>
        <translation>Finish the selected item</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>+&amp;5 min</source>
        <translation>+&amp;5 min</translation>
    </message>
    <message>
        <source>Accorder 5 minutes de plus au point sélectionné</source>
        <translation>Give the selected item 5 more minutes</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>+&amp;10 min</source>
        <translation>+&amp;10 min</translation>
    </message>
    <message>
        <source>Accorder 10 minutes de plus au point sélectionné</source>
        <translation>Give the selected item 10 more minutes</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;Prolonger de…</source>
        <translation>E&amp;xtend by…</translation>
    </message>
    <message>
        <source>Accorder une durée au choix au point sélectionné</source>
        <translation>Give the selected item the time you choose</translation>
    </message>
    <message>
        <source>Ctrl+F8</source>
        <translation>Ctrl+F8</translation>
    </message>
    <message>
        <source>&amp;Effacer les heures réelles</source>
        <translation>&amp;Clear the actual times</translation>
    </message>
    <message>
        <source>Oublier le début, la fin, les pauses et prolongations du point</source>
        <translation>Forget the start, end, pauses and extensions of the item</translation>
    </message>
    <message>
        <source>&amp;Ajouter un point…</source>
        <translation>&amp;Add an item…</translation>
    </message>
    <message>
        <source>Ajouter un point à l’ordre du jour</source>
        <translation>Add an item to the agenda</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ajouter un &amp;sous-point…</source>
        <translation>Add a &amp;sub-item…</translation>
    </message>
    <message>
        <source>Ajouter un point à l’intérieur du point sélectionné</source>
        <translation>Add an item inside the selected item</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Modifier le point…</source>
        <translation>&amp;Edit the item…</translation>
    </message>
    <message>
        <source>Modifier tous les champs du point sélectionné</source>
        <translation>Edit every field of the selected item</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>S&amp;upprimer le point</source>
        <translation>&amp;Delete the item</translation>
    </message>
    <message>
        <source>Supprimer le point sélectionné et ses sous-points</source>
        <translation>Delete the selected item and its sub-items</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Monter</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Échanger le point avec le précédent de sa piste</source>
        <translation>Swap the item with the previous one of its lane</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>D&amp;escendre</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Échanger le point avec le suivant de sa piste</source>
        <translation>Swap the item with the next one of its lane</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Nouvelle &amp;décision…</source>
        <translation>New &amp;decision…</translation>
    </message>
    <message>
        <source>Noter une décision, depuis n’importe quel volet</source>
        <translation>Record a decision, from any pane</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Nouvelle a&amp;ction…</source>
        <translation>New a&amp;ction…</translation>
    </message>
    <message>
        <source>Noter une action (quoi, qui, pour quand), depuis n’importe quel volet</source>
        <translation>Record an action (what, who, by when), from any pane</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Restitution des sous-groupes…</source>
        <translation>Subgroups’ &amp;report-back…</translation>
    </message>
    <message>
        <source>La synthèse de chaque sous-groupe, en grand, pour la plénière</source>
        <translation>Each subgroup’s synthesis, in large type, for the plenary</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Remettre en place une copie de l’espace de travail (la version actuelle est gardée)</source>
        <translation>Put a copy of the workspace back in place (the current version is kept)</translation>
    </message>
    <message>
        <source>Ouvrir un espace &amp;partagé…</source>
        <translation>Open a &amp;shared workspace…</translation>
    </message>
    <message>
        <source>Ouvrir un espace de travail sur un serveur PostgreSQL, partagé avec d’autres postes</source>
        <translation>Open a workspace on a PostgreSQL server, shared with other computers</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Imprimer la feuille d’é&amp;margement…</source>
        <translation>Print the attendance &amp;sheet…</translation>
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
    <name>MeetingPropertiesDialog</name>
    <message>
        <source>Propriétés de la réunion</source>
        <translation>Meeting properties</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Série :</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>&amp;Numéro :</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>sans numéro</source>
        <translation>no number</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Début de la journée :</source>
        <translation>&amp;Start of the day:</translation>
    </message>
    <message>
        <source>&amp;Fin de la journée :</source>
        <translation>&amp;End of the day:</translation>
    </message>
    <message>
        <source>&amp;Organisateurs :</source>
        <translation>&amp;Organisers:</translation>
    </message>
    <message>
        <source>séparés par des virgules : Odas, CGET</source>
        <translation>separated by commas: Odas, CGET</translation>
    </message>
    <message>
        <source>&amp;Contact :</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Courriel du contact :</source>
        <translation>Contact&apos;s e&amp;mail:</translation>
    </message>
    <message>
        <source>Télé&amp;phone du contact :</source>
        <translation>Contact&apos;s &amp;phone:</translation>
    </message>
    <message>
        <source>Conte&amp;xte :</source>
        <translation>Conte&amp;xt:</translation>
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
    <message>
        <source>(élément supprimé depuis)</source>
        <translation>(item since removed)</translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Feuille d’émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Sous-groupe n° %1 : %2</source>
        <translation>Subgroup no. %1: %2</translation>
    </message>
    <message>
        <source>Causes retenues par le groupe à %1 (révision %2)</source>
        <translation>Causes chosen by the group at %1 (revision %2)</translation>
    </message>
    <message>
        <source>Causes retenues par le groupe à %1 (révision %2) : %3.</source>
        <translation>Causes chosen by the group at %1 (revision %2): %3.</translation>
    </message>
    <message>
        <source>Choix antérieurs du groupe</source>
        <translation>The group&apos;s earlier choices</translation>
    </message>
    <message>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Préconisation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Constat retenu</source>
        <translation>Finding kept</translation>
    </message>
    <message>
        <source>Préconisation retenue</source>
        <translation>Recommendation kept</translation>
    </message>
    <message>
        <source>Constat à approfondir</source>
        <translation>Finding to explore</translation>
    </message>
    <message>
        <source>Préconisation à approfondir</source>
        <translation>Recommendation to explore</translation>
    </message>
    <message>
        <source>Constat écarté</source>
        <translation>Finding dropped</translation>
    </message>
    <message>
        <source>Préconisation écartée</source>
        <translation>Recommendation dropped</translation>
    </message>
    <message>
        <source>Pas de notes pour ce point.</source>
        <translation>No notes for this item.</translation>
    </message>
    <message>
        <source>Constats et préconisations</source>
        <translation>Findings and recommendations</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Participants hors sous-groupe</source>
        <translation>Participants in no subgroup</translation>
    </message>
    <message>
        <source>Suivi des actions</source>
        <translation>Follow-up of actions</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) restée(s) ouverte(s) à la réunion précédente, avec leur statut à ce jour.</source>
        <translation>
            <numerusform>%n action left open at the previous meeting, with its status today.</numerusform>
            <numerusform>%n actions left open at the previous meeting, with their status today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nouvelles actions</source>
        <translation>New actions</translation>
    </message>
    <message>
        <source>Aucune nouvelle action.</source>
        <translation>No new action.</translation>
    </message>
</context>
<context>
    <name>ParticipantCsv</name>
    <message>
        <source>%1, ligne %2 : guillemet ouvert jamais refermé.</source>
        <translation>%1, line %2: a quote is opened and never closed.</translation>
    </message>
    <message>
        <source>%1 : fichier trop grand pour une liste de participants (plus de 16 Mo).</source>
        <translation>%1: file too large for a list of participants (more than 16 MB).</translation>
    </message>
    <message>
        <source>%1 : le fichier est vide.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1, ligne 1 : aucune colonne « nom » ; la première ligne doit nommer les colonnes (nom, organisation, type, rôle, sous-groupe…).</source>
        <translation>%1, line 1: no &quot;name&quot; column; the first line must name the columns (name, organisation, kind, role, subgroup…).</translation>
    </message>
    <message>
        <source>nom manquant</source>
        <translation>name missing</translation>
    </message>
    <message>
        <source>type d’organisation inconnu « %1 »</source>
        <translation>unknown kind of organisation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rôle inconnu « %1 »</source>
        <translation>unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>présence inconnue « %1 »</source>
        <translation>unknown attendance &quot;%1&quot;</translation>
    </message>
    <message>
        <source>adresse électronique invalide « %1 »</source>
        <translation>invalid e-mail address &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ligne %1 : %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>déjà inscrit</source>
        <translation>already registered</translation>
    </message>
    <message>
        <source>en double (ligne %1)</source>
        <translation>duplicate (line %1)</translation>
    </message>
    <message>
        <source>sans sous-groupe (« %1 » inconnu)</source>
        <translation>without subgroup (&quot;%1&quot; unknown)</translation>
    </message>
    <message>
        <source>ligne %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>lignes %1</source>
        <translation>lines %1</translation>
    </message>
    <message>
        <source>La réunion n’a pas de sous-groupe %1 (%2).</source>
        <translation>The meeting has no subgroup %1 (%2).</translation>
    </message>
    <message>
        <source>La réunion n’a aucun sous-groupe : la colonne « sous-groupe » (%1, %2) ne peut pas être suivie.</source>
        <translation>The meeting has no subgroups: the &quot;subgroup&quot; column (%1, %2) cannot be followed.</translation>
    </message>
    <message numerus="yes">
        <source>Sans sous-groupe, %n personne(s) de plus peu(ven)t être importée(s).</source>
        <translation>
            <numerusform>Without a subgroup, %n more person can be imported.</numerusform>
            <numerusform>Without a subgroup, %n more people can be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
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
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sous-groupe</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>civilité inconnue « %1 » (Mme, M. ou vide)</source>
        <translation>unknown title &quot;%1&quot; (Mme, M. or empty)</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Type d’organisation :</source>
        <translation>&amp;Kind of organisation:</translation>
    </message>
    <message>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Sous-groupe :</source>
        <translation>&amp;Subgroup:</translation>
    </message>
    <message>
        <source>R&amp;apporteur de ce sous-groupe</source>
        <translation>R&amp;apporteur of this subgroup</translation>
    </message>
    <message>
        <source>&amp;Présence :</source>
        <translation>&amp;Attendance:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>C&amp;ivilité :</source>
        <translation>T&amp;itle:</translation>
    </message>
</context>
<context>
    <name>ParticipantsCommand</name>
    <message>
        <source>Participants (CSV) :
  copil participants import FICHIER.csv --meeting ID [--db FICHIER]
        [--dry-run] [--with-duplicates] [--without-subgroup]
  copil participants export --meeting ID -o FICHIER.csv [--db FICHIER]</source>
        <translation>Participants (CSV):
  copil participants import FILE.csv --meeting ID [--db FILE]
        [--dry-run] [--with-duplicates] [--without-subgroup]
  copil participants export --meeting ID -o FILE.csv [--db FILE]</translation>
    </message>
    <message>
        <source>sous-groupe %1</source>
        <translation>subgroup %1</translation>
    </message>
    <message>
        <source>  ligne %1 : %2</source>
        <translation>  line %1: %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> : %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 : lu en %2, séparateur %3.</source>
        <translation>%1: read as %2, separator %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) laissée(s) de côté (déjà inscrites ou en double : --with-duplicates ; sans leur sous-groupe : --without-subgroup) :</source>
        <translation>
            <numerusform>%n person left aside (already registered or duplicates: --with-duplicates; without their subgroup: --without-subgroup):</numerusform>
            <numerusform>%n people left aside (already registered or duplicates: --with-duplicates; without their subgroup: --without-subgroup):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s) :</source>
        <translation>
            <numerusform>%n line refused:</numerusform>
            <numerusform>%n lines refused:</numerusform>
        </translation>
    </message>
    <message>
        <source>Colonnes ignorées : %1</source>
        <translation>Columns ignored: %1</translation>
    </message>
    <message>
        <source>%1 : aucune personne n’a pu être lue.</source>
        <translation>%1: nobody could be read.</translation>
    </message>
    <message>
        <source>Essai seulement (--dry-run) : rien n’a été enregistré.</source>
        <translation>Trial run only (--dry-run): nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ajouté(s) à « %1 ».</source>
        <translation>
            <numerusform>%n participant added to &quot;%1&quot;.</numerusform>
            <numerusform>%n participants added to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) écrit(s) dans %1.</source>
        <translation>
            <numerusform>%n participant written to %1.</numerusform>
            <numerusform>%n participants written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>participants : indiquez import FICHIER.csv ou export -o FICHIER.csv, et --meeting.</source>
        <translation>participants: give import FILE.csv or export -o FILE.csv, and --meeting.</translation>
    </message>
    <message>
        <source>Personne à importer.</source>
        <translation>Nobody to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) à importer :</source>
        <translation>
            <numerusform>%n person to import:</numerusform>
            <numerusform>%n people to import:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preparation</name>
    <message>
        <source>%1 (copie)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) à l’ordre du jour</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sous-groupe(s)</source>
        <translation>
            <numerusform>%n subgroup</numerusform>
            <numerusform>%n subgroups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) à prioriser</source>
        <translation>
            <numerusform>%n item to prioritise</numerusform>
            <numerusform>%n items to prioritise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critère(s)</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) à suivre</source>
        <translation>
            <numerusform>%n action to follow up</numerusform>
            <numerusform>%n actions to follow up</numerusform>
        </translation>
    </message>
    <message>
        <source>rien d’autre que le titre, la date, les horaires et le lieu</source>
        <translation>nothing but the title, the date, the times and the place</translation>
    </message>
    <message>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source> – n°%1</source>
        <translation> – no. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProjectorText</name>
    <message>
        <source>h</source>
        <comment>hours</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>en pause · dépassé de</source>
        <translation>paused · over by</translation>
    </message>
    <message>
        <source>dépassé de</source>
        <translation>over by</translation>
    </message>
    <message>
        <source>en pause · reste</source>
        <translation>paused · time left</translation>
    </message>
    <message>
        <source>reste</source>
        <translation>time left</translation>
    </message>
    <message>
        <source>en pause</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>dans les temps</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>dernières minutes</source>
        <translation>last minutes</translation>
    </message>
    <message>
        <source>temps dépassé</source>
        <translation>time is up</translation>
    </message>
    <message>
        <source>pas commencé</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>finished</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Copil</source>
        <translation>Copil</translation>
    </message>
    <message>
        <source>Ouvrir en lecture seule</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>l’ouvrir en lecture seule (rien ne sera modifié)</source>
        <translation>open it read-only (nothing will be changed)</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message numerus="yes">
        <source>remettre en place une de ses %n sauvegarde(s), la plus récente du %1</source>
        <translation>
            <numerusform>put back its backup, made on %1</numerusform>
            <numerusform>put back one of its %n backups, the newest made on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Aucune sauvegarde de ce fichier (dossier %1). Le fichier n’a pas été modifié.</source>
        <translation>No backup of this file (folder %1). The file was not changed.</translation>
    </message>
    <message>
        <source>Vous pouvez %1.</source>
        <translation>You can %1.</translation>
    </message>
    <message>
        <source>, ou </source>
        <translation>, or </translation>
    </message>
    <message>
        <source>%1 – %2 (%3 Ko)</source>
        <translation>%1 – %2 (%3 KB)</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Remettre en place la sauvegarde (la version actuelle sera gardée) :</source>
        <translation>Put this backup back in place (the current version will be kept):</translation>
    </message>
</context>
<context>
    <name>RoomCli</name>
    <message>
        <source>Usage :
  copil room-copy --meeting ID [--subgroup N] -o FICHIER [--db FICHIER]
  copil merge POSTE [--dry-run] [--prefer hub|room] [--db FICHIER]</source>
        <translation>Usage:
  copil room-copy --meeting ID [--subgroup N] -o FILE [--db FILE]
  copil merge ROOMCOPY [--dry-run] [--prefer hub|room] [--db FILE]</translation>
    </message>
    <message>
        <source>Espace de travail.</source>
        <translation>Workspace.</translation>
    </message>
    <message>
        <source>Identifiant de réunion.</source>
        <translation>Meeting id.</translation>
    </message>
    <message>
        <source>Numéro du sous-groupe.</source>
        <translation>Subgroup number.</translation>
    </message>
    <message>
        <source>Fichier de sortie.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <source>Aperçu seulement, rien n’est changé.</source>
        <translation>Preview only, nothing is changed.</translation>
    </message>
    <message>
        <source>Côté gardé en cas de conflit.</source>
        <translation>Side kept on a conflict.</translation>
    </message>
    <message>
        <source>Langue.</source>
        <translation>Language.</translation>
    </message>
    <message>
        <source>room-copy : --meeting et -o sont obligatoires.</source>
        <translation>room-copy: --meeting and -o are required.</translation>
    </message>
    <message>
        <source>room-copy : la réunion « %1 » n’a pas de sous-groupe %2.</source>
        <translation>room-copy: the meeting &quot;%1&quot; has no subgroup %2.</translation>
    </message>
    <message>
        <source>Poste de salle écrit : %1 (%2).</source>
        <translation>Room copy written: %1 (%2).</translation>
    </message>
    <message>
        <source>merge : indiquez un seul poste de salle.</source>
        <translation>merge: give one room copy.</translation>
    </message>
    <message>
        <source>merge : --prefer « %1 » inconnu (hub, room).</source>
        <translation>merge: unknown --prefer &quot;%1&quot; (hub, room).</translation>
    </message>
    <message>
        <source>Conflit : %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) : rien n’a été fusionné. Choisissez le côté gardé avec --prefer hub (l’animateur) ou --prefer room (la salle).</source>
        <translation>
            <numerusform>%n conflict: nothing was merged. Choose the side kept with --prefer hub (the facilitator) or --prefer room (the room).</numerusform>
            <numerusform>%n conflicts: nothing was merged. Choose the side kept with --prefer hub (the facilitator) or --prefer room (the room).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fusionné (%n ligne(s) écrite(s)).</source>
        <translation>
            <numerusform>%1 merged (%n row written).</numerusform>
            <numerusform>%1 merged (%n rows written).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomCopy</name>
    <message>
        <source>Poste de salle : %1 — copié le %2 à %3</source>
        <translation>Room copy: %1 — copied on %2 at %3</translation>
    </message>
    <message>
        <source>salle-sous-groupe-%1.sqlite</source>
        <translation>room-subgroup-%1.sqlite</translation>
    </message>
    <message>
        <source>salle-reunion.sqlite</source>
        <translation>room-meeting.sqlite</translation>
    </message>
    <message>
        <source>Réunion entière</source>
        <translation>Whole meeting</translation>
    </message>
    <message>
        <source>Sous-groupe %1</source>
        <translation>Subgroup %1</translation>
    </message>
    <message>
        <source>La réunion « %1 » n’a pas de sous-groupe %2.</source>
        <translation>The meeting &quot;%1&quot; has no subgroup %2.</translation>
    </message>
    <message>
        <source>Poste de salle %1 : %2</source>
        <translation>Room copy %1: %2</translation>
    </message>
    <message>
        <source>Impossible d’écrire le poste de salle %1 (dossier protégé, ou fichier ouvert par un autre programme).</source>
        <translation>Cannot write the room copy %1 (protected folder, or file open in another program).</translation>
    </message>
    <message>
        <source>%1 (état copié)</source>
        <translation>%1 (state copied)</translation>
    </message>
</context>
<context>
    <name>RoomMerge</name>
    <message>
        <source>la réunion</source>
        <translation>the meeting</translation>
    </message>
    <message>
        <source>participant « %1 »</source>
        <translation>participant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>point « %1 »</source>
        <translation>item &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sous-groupe %1</source>
        <translation>subgroup %1</translation>
    </message>
    <message>
        <source>question « %1 »</source>
        <translation>question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cause « %1 »</source>
        <translation>cause &quot;%1&quot;</translation>
    </message>
    <message>
        <source>critère « %1 »</source>
        <translation>criterion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>gommettes</source>
        <translation>dots</translation>
    </message>
    <message>
        <source>note par critère</source>
        <translation>score on a criterion</translation>
    </message>
    <message>
        <source>solution « %1 »</source>
        <translation>solution &quot;%1&quot;</translation>
    </message>
    <message>
        <source>note « %1 »</source>
        <translation>note &quot;%1&quot;</translation>
    </message>
    <message>
        <source>constat ou préconisation « %1 »</source>
        <translation>finding or recommendation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>décision « %1 »</source>
        <translation>decision &quot;%1&quot;</translation>
    </message>
    <message>
        <source>action « %1 »</source>
        <translation>action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sélection n° %1</source>
        <translation>selection no. %1</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Points de l’ordre du jour</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Sous-groupes</source>
        <translation>Subgroups</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Notes par critère</source>
        <translation>Scores on criteria</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Constats et préconisations</source>
        <translation>Findings and recommendations</translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Sélections confirmées</source>
        <translation>Confirmed selections</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 : supprimé dans la salle mais modifié ici, gardé</source>
        <translation>%1: removed in the room but edited here, kept</translation>
    </message>
    <message>
        <source>%1 : supprimé ici mais modifié dans la salle, remis</source>
        <translation>%1: removed here but edited in the room, put back</translation>
    </message>
    <message>
        <source>%1 : supprimé dans la salle, gardé car on y a travaillé ici</source>
        <translation>%1: removed in the room, kept because it was worked on here</translation>
    </message>
    <message>
        <source>%1 : supprimé ici, remis car on y a travaillé dans la salle</source>
        <translation>%1: removed here, put back because it was worked on in the room</translation>
    </message>
    <message>
        <source>%1 n’est pas un poste de salle : rien n’a été fusionné.</source>
        <translation>%1 is not a room copy: nothing was merged.</translation>
    </message>
    <message>
        <source>Poste de salle introuvable : %1</source>
        <translation>Room copy not found: %1</translation>
    </message>
    <message>
        <source>%1 ne peut pas être fusionné : %2</source>
        <translation>%1 cannot be merged: %2</translation>
    </message>
    <message>
        <source>%1 est un poste de salle d’un autre espace de travail que %2 : rien n’a été fusionné.</source>
        <translation>%1 is a room copy of another workspace than %2: nothing was merged.</translation>
    </message>
    <message>
        <source>%1 est le poste de salle d’une réunion (« %2 ») qui n’est pas dans cet espace de travail : rien n’a été fusionné.</source>
        <translation>%1 is the room copy of a meeting (&quot;%2&quot;) that is not in this workspace: nothing was merged.</translation>
    </message>
    <message>
        <source>%1 (dernière fusion)</source>
        <translation>%1 (last merge)</translation>
    </message>
    <message>
        <source>La réunion fusionnée avec %1 enfreindrait une règle ; rien n’a été fusionné :
%2</source>
        <translation>The meeting merged with %1 would break a rule; nothing was merged:
%2</translation>
    </message>
    <message>
        <source>%1 — %2 : ici « %3 » / salle « %4 »</source>
        <translation>%1 — %2: here &quot;%3&quot; / room &quot;%4&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n ajout(s)</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s)</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s)</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1 : %n nouvelle(s) note(s)</source>
        <translation>
            <numerusform>  %1: %n new note</numerusform>
            <numerusform>  %1: %n new notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rien de nouveau depuis %1.</source>
        <translation>Nothing new since %1.</translation>
    </message>
    <message>
        <source>la dernière fusion</source>
        <translation>the last merge</translation>
    </message>
    <message>
        <source>la copie</source>
        <translation>the copy</translation>
    </message>
    <message>
        <source>texte</source>
        <translation>text</translation>
    </message>
    <message>
        <source>titre</source>
        <translation>title</translation>
    </message>
    <message>
        <source>nature</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>place</source>
        <translation>position</translation>
    </message>
    <message>
        <source>avancement</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>présence</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <source>note</source>
        <translation>score</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>contexte</source>
        <translation>framing</translation>
    </message>
    <message>
        <source>prochaine étape</source>
        <translation>next step</translation>
    </message>
    <message>
        <source>faisabilité</source>
        <translation>feasibility</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>porteurs</source>
        <translation>carriers</translation>
    </message>
    <message>
        <source>débat</source>
        <translation>debate</translation>
    </message>
    <message>
        <source>statut</source>
        <translation>status</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>échéance</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>début réel</source>
        <translation>actual start</translation>
    </message>
    <message>
        <source>fin réelle</source>
        <translation>actual end</translation>
    </message>
    <message>
        <source>début prévu</source>
        <translation>planned start</translation>
    </message>
    <message>
        <source>fin prévue</source>
        <translation>planned end</translation>
    </message>
    <message>
        <source>prolongation</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>sous-groupe</source>
        <translation>subgroup</translation>
    </message>
    <message>
        <source>commentaire</source>
        <translation>comment</translation>
    </message>
</context>
<context>
    <name>RoomRepository</name>
    <message>
        <source>lecture de l’identité de l’espace de travail</source>
        <translation>reading the workspace&apos;s identity</translation>
    </message>
    <message>
        <source>%1 : l’espace de travail n’a pas d’identité (table workspace_info vide).</source>
        <translation>%1: the workspace has no identity (table workspace_info empty).</translation>
    </message>
    <message>
        <source>lecture de la marque de poste de salle</source>
        <translation>reading the room copy mark</translation>
    </message>
    <message>
        <source>marque de poste de salle</source>
        <translation>room copy mark</translation>
    </message>
    <message>
        <source>lecture des fusions de postes de salle</source>
        <translation>reading the room copies&apos; merges</translation>
    </message>
    <message>
        <source>fusion de poste de salle</source>
        <translation>room copy merge</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>« %1 » n’est pas une adresse PostgreSQL (postgresql://utilisateur@serveur:port/base).</source>
        <translation>&quot;%1&quot; is not a PostgreSQL address (postgresql://user@server:port/database).</translation>
    </message>
    <message>
        <source>Adresse PostgreSQL illisible « %1 » : %2</source>
        <translation>Unreadable PostgreSQL address &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Adresse PostgreSQL « %1 » : port « %2 » invalide.</source>
        <translation>PostgreSQL address &quot;%1&quot;: invalid port &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Adresse PostgreSQL « %1 » : paramètre « %2 » invalide.</source>
        <translation>PostgreSQL address &quot;%1&quot;: invalid parameter &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Adresse PostgreSQL « %1 » : il manque le nom de la base (postgresql://serveur/base).</source>
        <translation>PostgreSQL address &quot;%1&quot;: the database name is missing (postgresql://server/database).</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Comité de pilotage n°6 « Villes et vivre ensemble » (exemple)</source>
        <translation>Steering committee no. 6 &quot;Villes et vivre ensemble&quot; (example)</translation>
    </message>
    <message>
        <source>Atelier participatif</source>
        <translation>Participatory workshop</translation>
    </message>
    <message>
        <source>Comité de pilotage simple</source>
        <translation>Simple steering committee</translation>
    </message>
    <message>
        <source>%1 : lecture impossible : %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 : fichier trop gros</source>
        <translation>%1: file too large</translation>
    </message>
    <message>
        <source>Modèle « %1 » introuvable : ni un modèle connu (%2), ni un fichier.</source>
        <translation>Template &quot;%1&quot; not found: neither a known template (%2) nor a file.</translation>
    </message>
    <message>
        <source>Dossier des modèles impossible à créer : %1</source>
        <translation>The templates folder cannot be created: %1</translation>
    </message>
</context>
<context>
    <name>Timekeeping</name>
    <message>
        <source>Point de l’ordre du jour introuvable (%1).</source>
        <translation>Agenda item not found (%1).</translation>
    </message>
    <message>
        <source>« %1 » a déjà commencé.</source>
        <translation>&quot;%1&quot; has already started.</translation>
    </message>
    <message>
        <source>« %1 » n’est pas en cours.</source>
        <translation>&quot;%1&quot; is not running.</translation>
    </message>
    <message>
        <source>« %1 » n’est pas en pause.</source>
        <translation>&quot;%1&quot; is not paused.</translation>
    </message>
    <message>
        <source>« %1 » est terminé : il ne peut plus être prolongé.</source>
        <translation>&quot;%1&quot; is finished: it can no longer be extended.</translation>
    </message>
    <message>
        <source>Prolongation de %1 min refusée : entre 1 et 600 minutes.</source>
        <translation>Extension of %1 min refused: between 1 and 600 minutes.</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être prolongé au-delà de 24 heures.</source>
        <translation>&quot;%1&quot; cannot be extended beyond 24 hours.</translation>
    </message>
    <message>
        <source>« %1 » n’a pas commencé.</source>
        <translation>&quot;%1&quot; has not started.</translation>
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
    <message>
        <source>seul un point en cours peut être en pause</source>
        <translation>only a running item can be paused</translation>
    </message>
    <message>
        <source>la pause doit commencer après le début réel</source>
        <translation>the pause must begin after the actual start</translation>
    </message>
    <message>
        <source>la révision commence à 1</source>
        <translation>revisions start at 1</translation>
    </message>
    <message>
        <source>date et heure de confirmation manquantes</source>
        <translation>confirmation date and time missing</translation>
    </message>
    <message>
        <source>« %1 » est sélectionné deux fois</source>
        <translation>&quot;%1&quot; is selected twice</translation>
    </message>
    <message>
        <source>« %1 » appartient à un autre sous-groupe</source>
        <translation>&quot;%1&quot; belongs to another subgroup</translation>
    </message>
    <message>
        <source>la révision %1 de ce sous-groupe existe déjà</source>
        <translation>revision %1 of this subgroup already exists</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
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
        <source>le serveur ne répond plus (redémarrage, réseau coupé) ; ce qui n’est pas enregistré le sera dès son retour</source>
        <translation>the server no longer answers (restarted, network down); what is not saved will be as soon as it is back</translation>
    </message>
    <message>
        <source>le serveur demande un mot de passe, ou a refusé celui donné</source>
        <translation>the server asks for a password, or refused the one given</translation>
    </message>
    <message>
        <source>votre rôle sur le serveur ne permet pas cette modification</source>
        <translation>your role on the server does not allow this change</translation>
    </message>
    <message>
        <source>une autre personne enregistre au même moment ; réessayez dans un instant</source>
        <translation>someone else is saving at the same moment; try again in a moment</translation>
    </message>
    <message>
        <source>le disque du serveur est plein</source>
        <translation>the server&apos;s disk is full</translation>
    </message>
    <message>
        <source>la base est en lecture seule</source>
        <translation>the database is read-only</translation>
    </message>
    <message>
        <source>seuls les animateurs et le rapporteur du sous-groupe concerné peuvent faire cette modification sur cet espace partagé</source>
        <translation>only the facilitators and the rapporteur of the subgroup concerned may make this change on this shared workspace</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <source>Importer une réunion</source>
        <translation>Import a meeting</translation>
    </message>
    <message>
        <source>Sauvegarde remise en place ; la version remplacée est gardée parmi les sauvegardes.</source>
        <translation>Backup put back; the replaced version is kept among the backups.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde de %1 pour l’instant (dossier %2).</source>
        <translation>No backup of %1 yet (folder %2).</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Annuler « %1 »</source>
        <translation>&amp;Undo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Rétablir « %1 »</source>
        <translation>&amp;Redo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>« %1 » est déjà dans cet espace de travail.</source>
        <translation>&quot;%1&quot; is already in this workspace.</translation>
    </message>
    <message>
        <source>En faire une copie, avec de nouveaux identifiants ? La réunion déjà là ne change pas.</source>
        <translation>Make a copy of it, with new ids? The meeting already there does not change.</translation>
    </message>
    <message>
        <source>Faire une &amp;copie</source>
        <translation>Make a &amp;copy</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Espaces de travail Copil (*.copil *.sqlite);;Tous les fichiers (*)</source>
        <translation>Copil workspaces (*.copil *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Réunions Copil (*.copil.json *.json)</source>
        <translation>Copil meetings (*.copil.json *.json)</translation>
    </message>
    <message>
        <source>Importer la réunion du fichier « %1 » dans l’espace de travail %2 ?</source>
        <translation>Import the meeting in the file &quot;%1&quot; into the workspace %2?</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>%1 contient déjà la réunion « %2 » (%3) : rien n’a été copié.</source>
        <translation>%1 already holds the meeting &quot;%2&quot; (%3): nothing was copied.</translation>
    </message>
    <message>
        <source>Copie de « %1 » vers %2 impossible : %3</source>
        <translation>Cannot copy &quot;%1&quot; to %2: %3</translation>
    </message>
    <message>
        <source>La réunion « %1 » copiée dans %2 diffère de l’originale (export JSON comparé) : la copie n’est pas fidèle.</source>
        <translation>The meeting &quot;%1&quot; copied into %2 differs from the original (JSON exports compared): the copy is not faithful.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>copil::gui::AgendaControls</name>
    <message>
        <source>Prolonger</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Minutes à accorder :</source>
        <translation>Minutes to give:</translation>
    </message>
    <message>
        <source>« %1 » supprimé. Ctrl+Z pour l’annuler.</source>
        <translation>&quot;%1&quot; deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>&amp;Reprendre</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>copil::gui::AgendaItemDialog</name>
    <message>
        <source>(premier niveau)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>chevauche « %1 » (%2 – %3) sur la piste « %4 »</source>
        <translation>overlaps &quot;%1&quot; (%2 – %3) in lane &quot;%4&quot;</translation>
    </message>
    <message>
        <source>(%1 min)</source>
        <translation>(%1 min)</translation>
    </message>
</context>
<context>
    <name>copil::gui::ClockPanel</name>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sans piste</source>
        <translation>No lane</translation>
    </message>
    <message>
        <source>Rien à suivre</source>
        <translation>Nothing next</translation>
    </message>
    <message>
        <source>à l’heure</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>Fin de journée</source>
        <translation>End of day</translation>
    </message>
    <message>
        <source>écoulé %1</source>
        <translation>spent %1</translation>
    </message>
    <message>
        <source>%1 · à suivre</source>
        <translation>%1 · next</translation>
    </message>
    <message>
        <source>prévu %1 · +%2 min</source>
        <translation>planned %1 · +%2 min</translation>
    </message>
    <message>
        <source>+%1 min (prévu %2)</source>
        <translation>+%1 min (planned %2)</translation>
    </message>
    <message>
        <source>Heure : %1</source>
        <translation>Time: %1</translation>
    </message>
</context>
<context>
    <name>copil::gui::ConflictDialog</name>
    <message>
        <source>Modifié par quelqu’un d’autre</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>« %1 » : quelqu’un d’autre a enregistré le même élément pendant que vous le modifiiez. Voici les deux versions ; choisissez celle à garder.</source>
        <translation>&quot;%1&quot;: someone else saved the same item while you were changing it. Here are both versions; choose the one to keep.</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Votre version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>L’autre version</source>
        <translation>The other version</translation>
    </message>
    <message>
        <source>Garder &amp;ma version</source>
        <translation>Keep &amp;my version</translation>
    </message>
    <message>
        <source>Garder l’&amp;autre version</source>
        <translation>Keep the &amp;other version</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Débat</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Cadrage</source>
        <translation>Framing</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Début prévu</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Fin prévue</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Modifié le</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Votre version est enregistrée.</source>
        <translation>Your version is saved.</translation>
    </message>
    <message>
        <source>L’autre version est gardée.</source>
        <translation>The other version is kept.</translation>
    </message>
</context>
<context>
    <name>copil::gui::CsvImportDialog</name>
    <message>
        <source>Sous-groupe %1</source>
        <translation>Subgroup %1</translation>
    </message>
    <message>
        <source>Importer des participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n personne(s) prête(s) à importer</source>
        <translation>
            <numerusform>%1: %n person ready to import</numerusform>
            <numerusform>%1: %n people ready to import</numerusform>
        </translation>
    </message>
    <message>
        <source>Fichier lu en %1, séparateur %2.</source>
        <translation>File read as %1, separator %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) déjà inscrite(s) ou en double, laissée(s) de côté : cochez celles à ajouter quand même.</source>
        <translation>
            <numerusform>%n person already registered or duplicated, left aside: tick them to add them anyway.</numerusform>
            <numerusform>%n people already registered or duplicated, left aside: tick those to add anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s), non importée(s) : corrigez le fichier et importez-les ensuite.</source>
        <translation>
            <numerusform>%n line refused, not imported: correct the file and import it afterwards.</numerusform>
            <numerusform>%n lines refused, not imported: correct the file and import them afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Colonnes ignorées : %1</source>
        <translation>Columns ignored: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importer ces %n personne(s) sans sous-groupe</source>
        <translation>
            <numerusform>Import this %n person without a subgroup</numerusform>
            <numerusform>Import these %n people without a subgroup</numerusform>
        </translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
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
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sous-groupe</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cochée : la personne est importée (Espace pour changer)</source>
        <translation>Ticked: the person is imported (Space to change)</translation>
    </message>
    <message>
        <source>Cette personne est déjà dans la réunion (même nom et même organisation, ou même adresse électronique) : cochez-la pour l’ajouter quand même.</source>
        <translation>This person is already in the meeting (same name and organisation, or same email address): tick to add them anyway.</translation>
    </message>
    <message numerus="yes">
        <source>Importer %n personne(s)</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::DayPage</name>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>à %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>vers %1 (prévu %2)</source>
        <translation>around %1 (planned %2)</translation>
    </message>
    <message>
        <source>Sans piste</source>
        <translation>No lane</translation>
    </message>
    <message>
        <source>Ensuite : %1, %2</source>
        <translation>Next: %1, %2</translation>
    </message>
    <message>
        <source>Ensuite : rien d’autre au programme</source>
        <translation>Next: nothing else planned</translation>
    </message>
    <message>
        <source>· à suivre</source>
        <translation>· next</translation>
    </message>
    <message>
        <source>Rien d’autre au programme</source>
        <translation>Nothing else planned</translation>
    </message>
    <message>
        <source>Fin de la journée prévue vers %1, %2 après le programme (%3)</source>
        <translation>The day should end around %1, %2 after the plan (%3)</translation>
    </message>
    <message>
        <source>Fin de la journée prévue à %1, à l’heure</source>
        <translation>The day should end at %1, on time</translation>
    </message>
    <message>
        <source>Pas d’ordre du jour pour cette réunion.</source>
        <translation>No agenda for this meeting.</translation>
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
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Feuille d’émargement (à signer)</source>
        <translation>Attendance sheet (to sign)</translation>
    </message>
    <message>
        <source>feuille-d-emargement</source>
        <translation>attendance-sheet</translation>
    </message>
    <message>
        <source>Feuilles</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Imprimer la feuille d’émargement</source>
        <translation>Print the attendance sheet</translation>
    </message>
    <message>
        <source>Validations antérieures, reprises par une modification :</source>
        <translation>Earlier validations, taken back by a change:</translation>
    </message>
    <message>
        <source>– validé par %1 le %2, revenu en projet le %3</source>
        <translation>– validated by %1 on %2, back to draft on %3</translation>
    </message>
</context>
<context>
    <name>copil::gui::ItemDetailsPane</name>
    <message>
        <source>&amp;Description et consignes (enregistrées au fil de la frappe) :</source>
        <translation>&amp;Description and instructions (saved as you type):</translation>
    </message>
    <message>
        <source>Aucun point sélectionné</source>
        <translation>No item selected</translation>
    </message>
    <message>
        <source>Cliquez un bloc du déroulé pour voir ses horaires et sa description.</source>
        <translation>Click a block of the timeline to see its times and description.</translation>
    </message>
    <message>
        <source>%1 · piste « %2 »%3</source>
        <translation>%1 · lane &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source> · salle %1</source>
        <translation> · room %1</translation>
    </message>
    <message>
        <source>Prévu : %1 – %2</source>
        <translation>Planned: %1 – %2</translation>
    </message>
    <message>
        <source>Prévision : %1 – %2</source>
        <translation>Forecast: %1 – %2</translation>
    </message>
    <message>
        <source>Pas encore commencé</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>En pause depuis %1</source>
        <translation>Paused since %1</translation>
    </message>
    <message>
        <source>En cours depuis %1</source>
        <translation>Running since %1</translation>
    </message>
    <message>
        <source>Écoulé %1 · %2 %3</source>
        <translation>Spent %1 · %2 %3</translation>
    </message>
    <message>
        <source>reste</source>
        <translation>left</translation>
    </message>
    <message>
        <source>dépassement</source>
        <translation>overrun</translation>
    </message>
    <message>
        <source>Réalisé : %1 – %2 (%3)</source>
        <translation>Held: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Prolongé de %1 min</source>
        <translation>Extended by %1 min</translation>
    </message>
    <message>
        <source>Intervenants : %1</source>
        <translation>Presenters: %1</translation>
    </message>
    <message>
        <source>Description de « %1 »</source>
        <translation>Description of “%1”</translation>
    </message>
</context>
<context>
    <name>copil::gui::LiveAlerts</name>
    <message>
        <source>« %1 » : le temps prévu est écoulé.</source>
        <translation>&quot;%1&quot;: the planned time is up.</translation>
    </message>
    <message>
        <source>« %1 » : plus que %2 min.</source>
        <translation>&quot;%1&quot;: %2 min left.</translation>
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
        <source>Copil</source>
        <translation>Copil</translation>
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
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source> (heure simulée)</source>
        <translation> (simulated time)</translation>
    </message>
    <message>
        <source>Restitution des sous-groupes</source>
        <translation>Subgroups’ report-back</translation>
    </message>
    <message>
        <source> (lecture seule)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>%1 est ouvert en lecture seule.</source>
        <translation>%1 is open read-only.</translation>
    </message>
    <message>
        <source> (partagé)</source>
        <translation> (shared)</translation>
    </message>
    <message>
        <source>base « %1 » sur le serveur %2%3</source>
        <translation>database &quot;%1&quot; on server %2%3</translation>
    </message>
    <message>
        <source>Espace partagé : %1</source>
        <translation>Shared workspace: %1</translation>
    </message>
    <message>
        <source>Partagé : %1</source>
        <translation>Shared: %1</translation>
    </message>
    <message>
        <source>&amp;Mettre au premier plan</source>
        <translation>&amp;Bring to front</translation>
    </message>
    <message>
        <source>Le &amp;déroulé</source>
        <translation>The &amp;timeline</translation>
    </message>
    <message>
        <source>animation</source>
        <translation>facilitation</translation>
    </message>
    <message>
        <source>lecture seule</source>
        <translation>read only</translation>
    </message>
    <message numerus="yes">
        <source>rapporteur du sous-groupe %1</source>
        <translation>
            <numerusform>rapporteur of subgroup %1</numerusform>
            <numerusform>rapporteur of subgroups %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Partagé : %1 — %2</source>
        <translation>Shared: %1 — %2</translation>
    </message>
    <message>
        <source>Sur cet espace partagé, seuls les animateurs et le rapporteur de chaque sous-groupe modifient ; les autres lisent.</source>
        <translation>On this shared workspace, only the facilitators and the rapporteur of each subgroup make changes; the others read.</translation>
    </message>
</context>
<context>
    <name>copil::gui::MeetingHeader</name>
    <message>
        <source>%1, de %2 à %3</source>
        <translation>%1, from %2 to %3</translation>
    </message>
    <message>
        <source>Contact : %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Cet espace de travail ne contient aucune réunion. Préparez-en une par Réunion › Nouvelle réunion (Ctrl+Alt+N), ou importez-en une par Fichier › Importer une réunion.</source>
        <translation>This workspace holds no meeting. Prepare one with Meeting › New meeting (Ctrl+Alt+N), or import one with File › Import a meeting.</translation>
    </message>
</context>
<context>
    <name>copil::gui::MeetingPropertiesDialog</name>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Titre : donnez un titre à la réunion.</source>
        <translation>Title: give the meeting a title.</translation>
    </message>
    <message>
        <source>Horaires : la fin de la journée (%1) doit venir après son début (%2).</source>
        <translation>Times: the end of the day (%1) must come after its start (%2).</translation>
    </message>
    <message>
        <source>« %1 » (%2–%3)</source>
        <translation>&quot;%1&quot; (%2–%3)</translation>
    </message>
    <message>
        <source>Horaires : ne tiendraient plus dans la journée de %1 à %2 : %3. Déplacez-les d’abord, ou gardez d’autres horaires.</source>
        <translation>Times: would no longer fit in the day from %1 to %2: %3. Move them first, or keep other times.</translation>
    </message>
    <message>
        <source>Propriétés de la réunion</source>
        <translation>Meeting properties</translation>
    </message>
    <message>
        <source>Rien n’a été enregistré ; voir le message de la fenêtre.</source>
        <translation>Nothing was saved; see the window&apos;s message.</translation>
    </message>
</context>
<context>
    <name>copil::gui::MergeRoomDialog</name>
    <message>
        <source>Fusionner : %1</source>
        <translation>Merge: %1</translation>
    </message>
    <message>
        <source>Ce que la salle apporte :</source>
        <translation>What the room brings:</translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) : le même champ a changé ici et dans la salle.</source>
        <translation>
            <numerusform>%n conflict: the same field changed here and in the room.</numerusform>
            <numerusform>%n conflicts: the same field changed here and in the room.</numerusform>
        </translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ici</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Dans la salle</source>
        <translation>In the room</translation>
    </message>
    <message>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>La version d’ici</source>
        <translation>The version from here</translation>
    </message>
    <message>
        <source>La version de la salle</source>
        <translation>The room&apos;s version</translation>
    </message>
    <message>
        <source>Les deux textes</source>
        <translation>Both texts</translation>
    </message>
    <message>
        <source>&amp;Fusionner</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Rien n’a été fusionné : %1 Rouvrez la fusion pour voir l’état actuel.</source>
        <translation>Nothing was merged: %1 Open the merge again to see the current state.</translation>
    </message>
</context>
<context>
    <name>copil::gui::NewMeetingDialog</name>
    <message>
        <source>Nouvelle réunion</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Vide</source>
        <translation>&amp;Blank</translation>
    </message>
    <message>
        <source>À partir d’un &amp;modèle</source>
        <translation>From a &amp;template</translation>
    </message>
    <message>
        <source>À partir d’une réunion &amp;précédente</source>
        <translation>From a &amp;previous meeting</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>sans numéro</source>
        <translation>no number</translation>
    </message>
    <message>
        <source>&amp;Numéro :</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Horaires :</source>
        <translation>T&amp;imes:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Créer la réunion</source>
        <translation>&amp;Create the meeting</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (vos modèles)</source>
        <translation>%1 (your templates)</translation>
    </message>
    <message>
        <source>Choisissez un modèle dans la liste.</source>
        <translation>Choose a template in the list.</translation>
    </message>
    <message>
        <source>Choisissez la réunion précédente dans la liste.</source>
        <translation>Choose the previous meeting in the list.</translation>
    </message>
    <message>
        <source>La nouvelle réunion aura : %1.</source>
        <translation>The new meeting will have: %1.</translation>
    </message>
    <message>
        <source>Sans notes, votes ni résultats : la structure du modèle seulement.</source>
        <translation>No notes, votes or results: the template&apos;s structure only.</translation>
    </message>
    <message>
        <source>Sans les notes, gommettes, notes par critère, sélections ni solutions de la précédente ; les participants sont de nouveau « attendus », les actions ouvertes passent au « Suivi des actions ».</source>
        <translation>Without the previous meeting&apos;s notes, dots, criterion scores, selections or solutions; the participants are &quot;expected&quot; again, the open actions go to the &quot;Follow-up of actions&quot;.</translation>
    </message>
    <message>
        <source>Titre : donnez un titre à la réunion.</source>
        <translation>Title: give the meeting a title.</translation>
    </message>
    <message>
        <source>Horaires : la fin de la journée (%1) doit venir après son début (%2).</source>
        <translation>Times: the end of the day (%1) must come after its start (%2).</translation>
    </message>
    <message>
        <source>Nouvelle réunion « %1 »</source>
        <translation>New meeting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>La réunion n’a pas été créée ; voir le message de la fenêtre.</source>
        <translation>The meeting was not created; see the window&apos;s message.</translation>
    </message>
    <message>
        <source>Réunion « %1 » créée : %2.</source>
        <translation>Meeting &quot;%1&quot; created: %2.</translation>
    </message>
</context>
<context>
    <name>copil::gui::NotesPanel</name>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Note : %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Nature de note : %1</source>
        <translation>Kind of note: %1</translation>
    </message>
    <message>
        <source>Une note ne peut pas être vide : Suppr la retire.</source>
        <translation>A note cannot be empty: Delete removes it.</translation>
    </message>
</context>
<context>
    <name>copil::gui::ParticipantDialog</name>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Sous-groupe %1 – %2</source>
        <translation>Subgroup %1 – %2</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(non précisée)</source>
        <translation>(not given)</translation>
    </message>
</context>
<context>
    <name>copil::gui::ParticipantsPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Ajouter un participant</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Modifier le participant</source>
        <translation>Edit the participant</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Retirer de la liste</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>Importer CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Importer une liste exportée d’un tableur</source>
        <translation>Import a list exported from a spreadsheet</translation>
    </message>
    <message>
        <source>Émargement :</source>
        <translation>Check-in:</translation>
    </message>
    <message>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Marquer présent</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <source>Excusé</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Marquer excusé</source>
        <translation>Mark excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Marquer absent</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Aucun participant. Ajoutez-en ou importez une liste (CSV).</source>
        <translation>No participant. Add some or import a list (CSV).</translation>
    </message>
    <message>
        <source>Présents %1 sur %2 · excusés %3 · absents %4 · non pointés %5</source>
        <translation>Present %1 of %2 · excused %3 · absent %4 · not checked in %5</translation>
    </message>
    <message>
        <source>Présents par type : %1</source>
        <translation>Present by kind: %1</translation>
    </message>
    <message>
        <source>Ajout de %1</source>
        <translation>Adding %1</translation>
    </message>
    <message>
        <source>Modification de %1</source>
        <translation>Editing %1</translation>
    </message>
    <message>
        <source>Importer des participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Listes CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>CSV lists (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sous-groupe</source>
        <translation>Subgroup</translation>
    </message>
    <message numerus="yes">
        <source>Import de %n participant(s)</source>
        <translation>
            <numerusform>Import of %n participant</numerusform>
            <numerusform>Import of %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Sous-groupe %1</source>
        <translation>Subgroup %1</translation>
    </message>
    <message>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Rechercher : nom, organisation…</source>
        <translation>Search: name, organisation…</translation>
    </message>
    <message>
        <source>N’affiche que les personnes dont le nom ou l’organisation contient ces mots, accents et majuscules mis à part (%1)</source>
        <translation>Shows only the people whose name or organisation contains these words, accents and case aside (%1)</translation>
    </message>
    <message>
        <source>Rechercher un participant</source>
        <translation>Search for a participant</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Importer une liste de participants…</source>
        <translation>Import a list of participants…</translation>
    </message>
</context>
<context>
    <name>copil::gui::PlenaryPane</name>
    <message>
        <source>Note sur la partie choisie, puis Entrée</source>
        <translation>Note on the chosen part, then Enter</translation>
    </message>
    <message>
        <source>Déroulé et notes</source>
        <translation>Programme and notes</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Débat (soutiens, réserves, amendements)</source>
        <translation>Debate (support, reservations, amendments)</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nouveau constat ou préconisation, puis Entrée</source>
        <translation>New finding or recommendation, then Enter</translation>
    </message>
    <message>
        <source>Constats et préconisations</source>
        <translation>Findings and recommendations</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Nouvelle décision, puis Entrée</source>
        <translation>New decision, then Enter</translation>
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
        <source>Le nom d’un participant, ou une organisation</source>
        <translation>A participant’s name, or an organisation</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Nouvelle action, puis Entrée</source>
        <translation>New action, then Enter</translation>
    </message>
    <message>
        <source>Décisions et actions</source>
        <translation>Decisions and actions</translation>
    </message>
    <message>
        <source>par %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Statut : %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Action : %1</source>
        <translation>Action: %1</translation>
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
        <source>%1 ajouté</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>Décision ajoutée</source>
        <translation>Decision added</translation>
    </message>
    <message>
        <source>Action ajoutée</source>
        <translation>Action added</translation>
    </message>
    <message>
        <source>Un constat ou une préconisation a un texte.</source>
        <translation>A finding or a recommendation has a text.</translation>
    </message>
    <message>
        <source>Décision modifiée</source>
        <translation>Decision changed</translation>
    </message>
    <message>
        <source>Action modifiée</source>
        <translation>Action changed</translation>
    </message>
    <message>
        <source>Partie</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Nouvelle décision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Décision :</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Action (quoi) :</source>
        <translation>Action (what):</translation>
    </message>
    <message>
        <source>Responsable (un participant ou une organisation, facultatif) :</source>
        <translation>Owner (a participant or an organisation, optional):</translation>
    </message>
    <message>
        <source>Échéance « %1 » : une date JJ/MM/AAAA est attendue, par exemple 20/10/2017.</source>
        <translation>Due date &quot;%1&quot;: a date DD/MM/YYYY is expected, for example 20/10/2017.</translation>
    </message>
    <message>
        <source>Échéance « %1 » : il n’y a pas de mois %2, les mois vont de 1 à 12.</source>
        <translation>Due date &quot;%1&quot;: there is no month %2, months go from 1 to 12.</translation>
    </message>
    <message>
        <source>Échéance « %1 » : le %2 %3 %4 n’existe pas (%3 %4 a %5 jours).</source>
        <translation>Due date &quot;%1&quot;: %3 %2, %4 does not exist (%3 %4 has %5 days).</translation>
    </message>
</context>
<context>
    <name>copil::gui::PrepareActions</name>
    <message>
        <source>&amp;Réunion</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Nouvelle réunion…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>Une réunion vide, d’après un modèle ou la suivante d’une réunion</source>
        <translation>A blank meeting, from a template or the next of a meeting</translation>
    </message>
    <message>
        <source>&amp;Propriétés de la réunion…</source>
        <translation>Meeting &amp;properties…</translation>
    </message>
    <message>
        <source>Titre, série, numéro, date, lieu, horaires, organisateurs, contact, contexte</source>
        <translation>Title, series, number, date, place, times, organisers, contact, context</translation>
    </message>
    <message>
        <source>&amp;Renommer…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Dupliquer</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Ajouter un sous-groupe…</source>
        <translation>&amp;Add a subgroup…</translation>
    </message>
    <message>
        <source>&amp;Modifier le sous-groupe…</source>
        <translation>&amp;Edit the subgroup…</translation>
    </message>
    <message>
        <source>Titre, cadrage, point de l’ordre du jour, rapporteur, membres, gommettes et questions du sous-groupe affiché</source>
        <translation>Title, framing, agenda item, rapporteur, members, dots and questions of the subgroup shown</translation>
    </message>
    <message>
        <source>Supprimer le sous-&amp;groupe…</source>
        <translation>Remove the sub&amp;group…</translation>
    </message>
    <message>
        <source>+ Sous-groupe</source>
        <translation>+ Subgroup</translation>
    </message>
    <message>
        <source>Ajouter un sous-groupe</source>
        <translation>Add a subgroup</translation>
    </message>
    <message>
        <source>Cette réunion n’a pas de sous-groupe. Des groupes qui travaillent en parallèle ? Ajoutez-en un.</source>
        <translation>This meeting has no subgroup. Groups working in parallel? Add one.</translation>
    </message>
    <message>
        <source>Enregistrer comme &amp;modèle…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <source>Importer un mo&amp;dèle…</source>
        <translation>Import a te&amp;mplate…</translation>
    </message>
    <message>
        <source>E&amp;xporter comme modèle (fichier)…</source>
        <translation>E&amp;xport as a template (file)…</translation>
    </message>
    <message>
        <source>Le modèle de cette réunion dans un fichier, pour le partager avec un collègue</source>
        <translation>This meeting&apos;s template in a file, to share it with a colleague</translation>
    </message>
    <message>
        <source>Supprimer le sous-groupe</source>
        <translation>Remove the subgroup</translation>
    </message>
    <message>
        <source>Supprimer le sous-groupe %1 – %2 ?</source>
        <translation>Remove subgroup %1 – %2?</translation>
    </message>
    <message>
        <source>Ses questions, éléments à prioriser, critères, votes, solutions et notes partent avec lui ; ses membres restent, sans sous-groupe. Édition › Annuler remet tout en place.</source>
        <translation>Its questions, items to prioritise, criteria, votes, solutions and notes go with it; its members stay, without a subgroup. Edit › Undo puts everything back.</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Renommer la réunion</source>
        <translation>Rename the meeting</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Titre : une réunion a besoin d’un titre ; rien n’a changé.</source>
        <translation>Title: a meeting needs a title; nothing changed.</translation>
    </message>
    <message>
        <source>Renommage de « %1 » en « %2 »</source>
        <translation>Renaming &quot;%1&quot; to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Copie de « %1 »</source>
        <translation>Copy of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Copie créée : « %1 ».</source>
        <translation>Copy made: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Supprimer la réunion</source>
        <translation>Remove the meeting</translation>
    </message>
    <message>
        <source>Supprimer « %1 » (%2) ?</source>
        <translation>Remove &quot;%1&quot; (%2)?</translation>
    </message>
    <message>
        <source>Partent avec elle : %1 ; %2 ; %3 ; %4. Une sauvegarde de l’espace de travail est faite avant, et Édition › Annuler la remet en place.</source>
        <translation>Going with it: %1; %2; %3; %4. A backup of the workspace is made first, and Edit › Undo puts it back.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) et action(s)</source>
        <translation>
            <numerusform>%n decision or action</numerusform>
            <numerusform>%n decisions and actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Réunion « %1 » supprimée (une sauvegarde a été faite avant).</source>
        <translation>Meeting &quot;%1&quot; removed (a backup was made first).</translation>
    </message>
    <message>
        <source>Enregistrer comme modèle</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>&amp;Nom du modèle :</source>
        <translation>Template &amp;name:</translation>
    </message>
    <message>
        <source>Garder les &amp;participants</source>
        <translation>Keep the &amp;participants</translation>
    </message>
    <message>
        <source>Le modèle garde l’ordre du jour, les sous-groupes, leurs questions, éléments à prioriser et critères ; ni notes, ni votes, ni résultats.</source>
        <translation>The template keeps the agenda, the subgroups, their questions, items to prioritise and criteria; no notes, votes or results.</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Modèle « %1 » enregistré (%2) : proposé dans Réunion › Nouvelle réunion.</source>
        <translation>Template &quot;%1&quot; saved (%2): offered in Meeting › New meeting.</translation>
    </message>
    <message>
        <source>Exporter comme modèle</source>
        <translation>Export as a template</translation>
    </message>
    <message>
        <source>Modèles Copil (*.json)</source>
        <translation>Copil templates (*.json)</translation>
    </message>
    <message>
        <source>Modèle exporté : %1 (sans les participants ni ce que la journée a produit).</source>
        <translation>Template exported: %1 (without the participants or what the day produced).</translation>
    </message>
    <message>
        <source>Importer un modèle</source>
        <translation>Import a template</translation>
    </message>
    <message>
        <source>Modèles et réunions Copil (*.json)</source>
        <translation>Copil templates and meetings (*.json)</translation>
    </message>
    <message>
        <source>Modèle « %1 » ajouté à vos modèles : proposé dans Réunion › Nouvelle réunion.</source>
        <translation>Template &quot;%1&quot; added to your templates: offered in Meeting › New meeting.</translation>
    </message>
</context>
<context>
    <name>copil::gui::PrepareRoomsDialog</name>
    <message>
        <source>Préparer les postes des salles</source>
        <translation>Prepare the rooms&apos; laptops</translation>
    </message>
    <message>
        <source>Chaque poste est un espace de travail Copil à ouvrir sur l’ordinateur du rapporteur (clé USB, dossier partagé, courriel). La saisie de la salle se fusionne ensuite ici par Fichier › Fusionner une saisie de salle…</source>
        <translation>Each room copy is a Copil workspace to open on the rapporteur&apos;s computer (USB stick, shared folder, e-mail). The room&apos;s capture is then merged here with File › Merge a room&apos;s capture…</translation>
    </message>
    <message>
        <source>Sous-groupe %1 – %2</source>
        <translation>Subgroup %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Dossier :</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Dossier des postes</source>
        <translation>Folder of the room copies</translation>
    </message>
    <message>
        <source>&amp;Écrire les postes</source>
        <translation>&amp;Write the room copies</translation>
    </message>
    <message>
        <source>Le dossier « %1 » n’existe pas : choisissez-en un.</source>
        <translation>The folder &quot;%1&quot; does not exist: choose one.</translation>
    </message>
    <message>
        <source>Cochez au moins un sous-groupe.</source>
        <translation>Tick at least one subgroup.</translation>
    </message>
    <message numerus="yes">
        <source>%n poste(s) écrit(s) :</source>
        <translation>
            <numerusform>%n room copy written:</numerusform>
            <numerusform>%n room copies written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::PrioritisationView</name>
    <message>
        <source>Gommettes par membre présent :</source>
        <translation>Dots per present member:</translation>
    </message>
    <message>
        <source>Notes de 1 à 5 par critère ; cochez les causes que le groupe retient, puis confirmez.</source>
        <translation>Scores from 1 to 5 per criterion; tick the causes the group selects, then confirm.</translation>
    </message>
    <message>
        <source>Gommettes posées par chaque membre présent, ou comptées sur le papier (colonne Papier).</source>
        <translation>Dots placed by each present member, or counted on paper (Paper column).</translation>
    </message>
    <message>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Nouvelle cause à prioriser, puis Entrée</source>
        <translation>New cause to prioritise, then Enter</translation>
    </message>
    <message>
        <source>Retirer la cause</source>
        <translation>Remove the cause</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classement et notes&lt;/b&gt; (C1, C2… : les critères)</source>
        <translation>&lt;b&gt;Ranking and scores&lt;/b&gt; (C1, C2…: the criteria)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gommettes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dots&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Critères et poids&lt;/b&gt;</source>
        <translation>&lt;b&gt;Criteria and weights&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Confirmer la sélection</source>
        <translation>Confirm the selection</translation>
    </message>
    <message>
        <source>Enregistre les causes cochées comme choix du groupe, avec l’heure</source>
        <translation>Records the ticked causes as the group’s choice, with the time</translation>
    </message>
    <message>
        <source>Priorisation</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>C%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>Score pondéré</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Retenue</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>%1 (poids %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Aucun membre présent pointé : comptez les gommettes du papier.</source>
        <translation>No present member checked in: count the dots on paper.</translation>
    </message>
    <message>
        <source>Reste à placer — %1</source>
        <translation>Left to place — %1</translation>
    </message>
    <message>
        <source>C%1 : %2</source>
        <translation>C%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Sélection confirmée à %1 (révision %2) : %3</source>
        <translation>Selection confirmed at %1 (revision %2): %3</translation>
    </message>
    <message>
        <source>aucune cause</source>
        <translation>no cause</translation>
    </message>
    <message>
        <source>Aucune sélection confirmée pour l’instant.</source>
        <translation>No selection confirmed yet.</translation>
    </message>
    <message>
        <source>« %1 » n’est pas un nombre de gommettes.</source>
        <translation>&quot;%1&quot; is not a number of dots.</translation>
    </message>
    <message>
        <source>Cause modifiée</source>
        <translation>Cause changed</translation>
    </message>
    <message>
        <source>Une note va de %1 à %2 (« %3 » refusé).</source>
        <translation>A score goes from %1 to %2 (&quot;%3&quot; refused).</translation>
    </message>
    <message>
        <source>Un poids est un nombre entre 0 et 100 (« %1 » refusé).</source>
        <translation>A weight is a number between 0 and 100 (&quot;%1&quot; refused).</translation>
    </message>
    <message>
        <source>Poids de « %1 »</source>
        <translation>Weight of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nouvelle cause</source>
        <translation>New cause</translation>
    </message>
    <message>
        <source>Nouveau critère, puis Entrée</source>
        <translation>New criterion, then Enter</translation>
    </message>
    <message>
        <source>Nouveau critère</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>Un critère a un nom.</source>
        <translation>A criterion has a name.</translation>
    </message>
    <message>
        <source>Critère « %1 »</source>
        <translation>Criterion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Une cause ne peut pas être vide : « Retirer la cause » la supprime.</source>
        <translation>A cause cannot be empty: &quot;Remove the cause&quot; deletes it.</translation>
    </message>
    <message>
        <source>Priorisation – sous-groupe %1 – %2</source>
        <translation>Prioritisation – subgroup %1 – %2</translation>
    </message>
    <message>
        <source>Tapez le texte de la cause, puis Entrée.</source>
        <translation>Type the text of the cause, then Enter.</translation>
    </message>
    <message>
        <source>Tapez le nom du critère, puis Entrée.</source>
        <translation>Type the name of the criterion, then Enter.</translation>
    </message>
    <message>
        <source>Retirer les gommettes en trop</source>
        <translation>Take back the extra dots</translation>
    </message>
</context>
<context>
    <name>copil::gui::ProjectorController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Afficher la &amp;projection</source>
        <translation>Show the &amp;projector</translation>
    </message>
    <message>
        <source>Ouvrir ou fermer la fenêtre de la salle, en plein écran sur l’écran choisi</source>
        <translation>Open or close the room&apos;s window, full screen on the chosen screen</translation>
    </message>
    <message>
        <source>Projeter</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>La &amp;journée</source>
        <translation>The &amp;day</translation>
    </message>
    <message>
        <source>Projeter, pour chaque piste, le point en cours et le temps qui reste</source>
        <translation>Project, for each lane, the current item and the time left</translation>
    </message>
    <message>
        <source>Journée</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Les &amp;questions de cadrage</source>
        <translation>The guiding &amp;questions</translation>
    </message>
    <message>
        <source>Projeter les questions du sous-groupe, celle en cours en évidence</source>
        <translation>Project the subgroup&apos;s questions, the current one highlighted</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Les résultats de la p&amp;riorisation</source>
        <translation>The p&amp;rioritisation results</translation>
    </message>
    <message>
        <source>Projeter le classement des causes du sous-groupe et son graphique</source>
        <translation>Project the ranking of the subgroup&apos;s causes and its chart</translation>
    </message>
    <message>
        <source>Priorisation</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <source>La res&amp;titution du sous-groupe</source>
        <translation>The subgroup&apos;s res&amp;titution</translation>
    </message>
    <message>
        <source>Projeter la synthèse du sous-groupe pour la plénière</source>
        <translation>Project the subgroup&apos;s synthesis for the plenary</translation>
    </message>
    <message>
        <source>Restitution</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <source>Sous-groupe suivan&amp;t</source>
        <translation>Nex&amp;t subgroup</translation>
    </message>
    <message>
        <source>Projeter les questions, résultats ou restitution du sous-groupe suivant</source>
        <translation>Project the questions, results or restitution of the next subgroup</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Résultats &amp;visibles par la salle</source>
        <translation>Results &amp;visible to the room</translation>
    </message>
    <message>
        <source>Décoché, la salle ne voit que l’avancement du vote jusqu’à la révélation</source>
        <translation>Unchecked, the room only sees how far the vote has gone until the results are revealed</translation>
    </message>
    <message>
        <source>Résultats visibles</source>
        <translation>Results visible</translation>
    </message>
    <message>
        <source>&amp;Message à la salle…</source>
        <translation>&amp;Message to the room…</translation>
    </message>
    <message>
        <source>Écrire un message affiché par-dessus la projection</source>
        <translation>Write a message shown over the projection</translation>
    </message>
    <message>
        <source>Retirer le message</source>
        <translation>Remove the message</translation>
    </message>
    <message>
        <source>Retirer le message de l’écran de la salle</source>
        <translation>Remove the message from the room&apos;s screen</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Écran &amp;noir</source>
        <translation>&amp;Blackout</translation>
    </message>
    <message>
        <source>Plus rien sur l’écran de la salle (B de nouveau pour rallumer)</source>
        <translation>Nothing on the room&apos;s screen (B again to bring it back)</translation>
    </message>
    <message>
        <source>&amp;Figer l’image</source>
        <translation>&amp;Freeze the image</translation>
    </message>
    <message>
        <source>La salle garde l’image actuelle pendant que vous travaillez</source>
        <translation>The room keeps the current image while you work</translation>
    </message>
    <message>
        <source>Figer</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Faire défiler vers le &amp;bas</source>
        <translation>Scroll &amp;down</translation>
    </message>
    <message>
        <source>Faire défiler les questions, le classement ou la restitution projetés</source>
        <translation>Scroll the projected questions, ranking or restitution</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Faire défiler vers le &amp;haut</source>
        <translation>Scroll &amp;up</translation>
    </message>
    <message>
        <source>Revenir en arrière dans ce qui est projeté</source>
        <translation>Go back in what is projected</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <source>É&amp;cran de projection</source>
        <translation>Projector s&amp;creen</translation>
    </message>
    <message>
        <source>&amp;Sous-groupe projeté</source>
        <translation>Projected &amp;subgroup</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>É&amp;cran :</source>
        <translation>S&amp;creen:</translation>
    </message>
    <message>
        <source>&amp;Sous-groupe :</source>
        <translation>&amp;Subgroup:</translation>
    </message>
    <message>
        <source>Message : « Encore 5 minutes », puis Entrée</source>
        <translation>Message: &quot;5 more minutes&quot;, then Enter</translation>
    </message>
    <message>
        <source>Entrée l’affiche par-dessus la projection ; vide, Entrée le retire</source>
        <translation>Enter shows it over the projection; empty, Enter removes it</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Panneau de projection</source>
        <translation>Projector panel</translation>
    </message>
    <message>
        <source>Projeter sur cet écran</source>
        <translation>Project on this screen</translation>
    </message>
    <message>
        <source>Non merci</source>
        <translation>No thanks</translation>
    </message>
    <message>
        <source>écran</source>
        <translation>screen</translation>
    </message>
    <message>
        <source>%1 : %2 (%3 × %4)</source>
        <translation>%1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>%1, celui de cette fenêtre</source>
        <translation>%1, this window&apos;s</translation>
    </message>
    <message>
        <source>Pas d’écran n° %1 pour la projection ; écrans branchés : %2.</source>
        <translation>No screen number %1 for the projector; screens plugged in: %2.</translation>
    </message>
    <message>
        <source>Un écran vient d’être branché : %1. Y afficher la projection pour la salle ?</source>
        <translation>A screen was just plugged in: %1. Show the room&apos;s projection there?</translation>
    </message>
    <message>
        <source>Automatique (celui du rapporteur qui travaille)</source>
        <translation>Automatic (the one whose rapporteur is working)</translation>
    </message>
    <message>
        <source>Sous-groupe %1 – %2</source>
        <translation>Subgroup %1 – %2</translation>
    </message>
    <message>
        <source>la journée</source>
        <translation>the day</translation>
    </message>
    <message>
        <source>les questions de cadrage</source>
        <translation>the guiding questions</translation>
    </message>
    <message>
        <source>les résultats de la priorisation</source>
        <translation>the prioritisation results</translation>
    </message>
    <message>
        <source>la restitution</source>
        <translation>the restitution</translation>
    </message>
    <message>
        <source>%1 du sous-groupe %2</source>
        <translation>%1 of subgroup %2</translation>
    </message>
    <message>
        <source>%1 (masqués)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>%1, avec le message « %2 »</source>
        <translation>%1, with the message &quot;%2&quot;</translation>
    </message>
    <message>
        <source>La salle voit %1.</source>
        <translation>The room sees %1.</translation>
    </message>
    <message>
        <source>Projection fermée (%1 pour l’ouvrir). Aperçu : %2.</source>
        <translation>Projector closed (%1 to open it). Preview: %2.</translation>
    </message>
    <message>
        <source>Écran noir : la salle ne voit rien (%1 pour rallumer).</source>
        <translation>Blackout: the room sees nothing (%1 to bring it back).</translation>
    </message>
    <message>
        <source>Image figée : la salle garde cette image, vos changements n’y paraissent pas (%1 pour la libérer).</source>
        <translation>Image frozen: the room keeps this image, your changes do not show there (%1 to release it).</translation>
    </message>
</context>
<context>
    <name>copil::gui::ProjectorThumbnail</name>
    <message>
        <source>Ce que voit la salle</source>
        <translation>What the room sees</translation>
    </message>
</context>
<context>
    <name>copil::gui::ProjectorWindow</name>
    <message>
        <source>Copil – Projection</source>
        <translation>Copil – Projector</translation>
    </message>
</context>
<context>
    <name>copil::gui::QuestionsPage</name>
    <message>
        <source>Aucun sous-groupe dans cette réunion</source>
        <translation>No subgroup in this meeting</translation>
    </message>
    <message>
        <source>Sous-groupe %1 : %2</source>
        <translation>Subgroup %1: %2</translation>
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
        <source>Ce sous-groupe n’a pas de questions de cadrage.</source>
        <translation>This subgroup has no guiding questions.</translation>
    </message>
    <message>
        <source>Questions de cadrage · %1 (%2 sur %3)</source>
        <translation>Guiding questions · %1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Questions de cadrage · %1</source>
        <translation>Guiding questions · %1</translation>
    </message>
    <message>
        <source>Ensuite : %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
<context>
    <name>copil::gui::RankingChart</name>
    <message>
        <source>gommettes · score pondéré</source>
        <translation>dots · weighted score</translation>
    </message>
</context>
<context>
    <name>copil::gui::RankingPage</name>
    <message>
        <source>causes %1 à %2 sur %3, la suite ensuite</source>
        <translation>causes %1 to %2 of %3, more to follow</translation>
    </message>
    <message>
        <source>Sous-groupe %1 : %2 — priorisation</source>
        <translation>Subgroup %1: %2 — prioritisation</translation>
    </message>
    <message>
        <source>Aucun sous-groupe dans cette réunion</source>
        <translation>No subgroup in this meeting</translation>
    </message>
    <message>
        <source>Les résultats seront dévoilés dans un instant</source>
        <translation>The results will be revealed in a moment</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gommette(s) posée(s)</source>
        <translation>
            <numerusform>%n dot placed</numerusform>
            <numerusform>%n dots placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) saisie(s)</source>
        <translation>
            <numerusform>%n score entered</numerusform>
            <numerusform>%n scores entered</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pas de causes à prioriser pour ce sous-groupe.</source>
        <translation>No causes to prioritise for this subgroup.</translation>
    </message>
    <message numerus="yes">
        <source>En gras, la sélection confirmée à %1 : %n cause(s).</source>
        <translation>
            <numerusform>In bold, the selection confirmed at %1: %n cause.</numerusform>
            <numerusform>In bold, the selection confirmed at %1: %n causes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le groupe n’a pas encore confirmé sa sélection.</source>
        <translation>The group has not confirmed its selection yet.</translation>
    </message>
</context>
<context>
    <name>copil::gui::RestitutionPage</name>
    <message>
        <source>Aucun sous-groupe dans cette réunion</source>
        <translation>No subgroup in this meeting</translation>
    </message>
</context>
<context>
    <name>copil::gui::RestitutionView</name>
    <message>
        <source>&amp;Sous-groupe :</source>
        <translation>&amp;Subgroup:</translation>
    </message>
    <message>
        <source>Sous-groupe %1 – %2</source>
        <translation>Subgroup %1 – %2</translation>
    </message>
    <message>
        <source>Sous-groupe %1 : %2</source>
        <translation>Subgroup %1: %2</translation>
    </message>
    <message>
        <source>Causes retenues</source>
        <translation>Selected causes</translation>
    </message>
    <message>
        <source>Le groupe n’a pas encore confirmé sa sélection.</source>
        <translation>The group has not confirmed its selection yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n gommette(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <source>, score pondéré %1</source>
        <translation>, weighted score %1</translation>
    </message>
    <message>
        <source>Prochaine étape : %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>Solutions retenues :</source>
        <translation>Retained solutions:</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Ce que le groupe a dit</source>
        <translation>What the group said</translation>
    </message>
    <message>
        <source>Aucune note sur les questions pour l’instant.</source>
        <translation>No notes on the questions yet.</translation>
    </message>
</context>
<context>
    <name>copil::gui::RoomActions</name>
    <message>
        <source>Fusionner une &amp;saisie de salle…</source>
        <translation>Merge a &amp;room&apos;s capture…</translation>
    </message>
    <message>
        <source>Reprendre ici ce qu’un rapporteur a saisi sur son poste de salle</source>
        <translation>Bring here what a rapporteur captured on their room copy</translation>
    </message>
    <message>
        <source>Préparer les &amp;postes des salles…</source>
        <translation>Prepare the &amp;rooms&apos; laptops…</translation>
    </message>
    <message>
        <source>Une copie de la réunion par sous-groupe, pour l’ordinateur de son rapporteur</source>
        <translation>One copy of the meeting per subgroup, for its rapporteur&apos;s computer</translation>
    </message>
    <message>
        <source>Fusionner une saisie de salle</source>
        <translation>Merge a room&apos;s capture</translation>
    </message>
    <message>
        <source>Postes de salle Copil (*.sqlite *.copil);;Tous les fichiers (*)</source>
        <translation>Copil room copies (*.sqlite *.copil);;All files (*)</translation>
    </message>
    <message>
        <source>Saisie fusionnée : %1 (Ctrl+Z pour annuler).</source>
        <translation>Capture merged: %1 (Ctrl+Z to undo).</translation>
    </message>
</context>
<context>
    <name>copil::gui::SaveBanner</name>
    <message>
        <source>Réessayer maintenant</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Copil – texte non enregistré
Espace de travail : %1
Le %2
Raison : %3
</source>
        <translation>Copil – unsaved text
Workspace: %1
On %2
Reason: %3
</translation>
    </message>
    <message>
        <source>⚠ Le disque est plein : la dernière modification n’est pas enregistrée. Libérez de la place : l’enregistrement reprendra de lui-même.</source>
        <translation>⚠ The disk is full: the last change is not saved. Free some space: saving will resume by itself.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ L’espace de travail est verrouillé par un autre programme : la dernière modification n’est pas enregistrée. Nouvel essai toutes les %n seconde(s).</source>
        <translation>
            <numerusform>⚠ The workspace is locked by another program: the last change is not saved. Trying again every second.</numerusform>
            <numerusform>⚠ The workspace is locked by another program: the last change is not saved. Trying again every %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Le disque a refusé l’écriture : la dernière modification n’est pas enregistrée. Nouvel essai toutes les %n seconde(s).</source>
        <translation>
            <numerusform>⚠ The disk refused the write: the last change is not saved. Trying again every second.</numerusform>
            <numerusform>⚠ The disk refused the write: the last change is not saved. Trying again every %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ce que vous tapiez reste à l’écran ; une copie est dans %1.</source>
        <translation>What you were typing stays on screen; a copy is in %1.</translation>
    </message>
    <message>
        <source>Ce que vous tapiez reste à l’écran ; sa copie de secours sera écrite dans %1 dès que possible.</source>
        <translation>What you were typing stays on screen; its emergency copy will be written to %1 as soon as possible.</translation>
    </message>
    <message>
        <source>Ce qui était déjà enregistré est intact.</source>
        <translation>What was already saved is intact.</translation>
    </message>
    <message>
        <source>⚠ Le serveur de l’espace partagé ne répond plus (redémarrage, réseau coupé) : vos modifications sont gardées et seront enregistrées dès son retour, qui est guetté sans arrêt.</source>
        <translation>⚠ The shared workspace&apos;s server no longer answers (restarted, network down): your changes are kept and will be saved as soon as it is back, which is watched for all the time.</translation>
    </message>
</context>
<context>
    <name>copil::gui::SaveStatus</name>
    <message>
        <source>Chaque modification est enregistrée aussitôt dans l’espace de travail : il n’y a pas de bouton Enregistrer.</source>
        <translation>Every change is saved at once in the workspace: there is no Save button.</translation>
    </message>
    <message>
        <source>✎ Saisie en cours…</source>
        <translation>✎ Typing…</translation>
    </message>
    <message>
        <source>%1 est ouvert en lecture seule : rien ne sera enregistré.</source>
        <translation>%1 is open read-only: nothing will be saved.</translation>
    </message>
    <message>
        <source>Lecture seule : rien ne sera enregistré</source>
        <translation>Read-only: nothing will be saved</translation>
    </message>
    <message>
        <source>✓ Tout est enregistré</source>
        <translation>✓ Everything is saved</translation>
    </message>
    <message>
        <source>✓ Enregistré à %1</source>
        <translation>✓ Saved at %1</translation>
    </message>
    <message>
        <source>⚠ Non enregistré</source>
        <translation>⚠ Not saved</translation>
    </message>
    <message>
        <source>Modification non enregistrée</source>
        <translation>Unsaved change</translation>
    </message>
    <message>
        <source>Champ en cours de saisie</source>
        <translation>Field being typed in</translation>
    </message>
    <message>
        <source>⚠ Serveur injoignable</source>
        <translation>⚠ Server unreachable</translation>
    </message>
</context>
<context>
    <name>copil::gui::ServerDialog</name>
    <message>
        <source>Ouvrir un espace partagé</source>
        <translation>Open a shared workspace</translation>
    </message>
    <message>
        <source>Un espace de travail partagé est une base PostgreSQL sur un serveur de votre organisation. Le mot de passe est lu dans ~/.pgpass, ou demandé s’il le faut ; Copil ne le garde pas.</source>
        <translation>A shared workspace is a PostgreSQL database on a server of your organisation. The password is read from ~/.pgpass, or asked for when needed; Copil does not keep it.</translation>
    </message>
    <message>
        <source>serveur.exemple.fr, ou un dossier de socket</source>
        <translation>server.example.org, or a socket folder</translation>
    </message>
    <message>
        <source>votre nom d’utilisateur sur le serveur</source>
        <translation>your user name on the server</translation>
    </message>
    <message>
        <source>&amp;Serveur :</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port :</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Base :</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>%1

Mot de passe pour %2 :</source>
        <translation>%1

Password for %2:</translation>
    </message>
    <message>
        <source>Copil</source>
        <translation>Copil</translation>
    </message>
</context>
<context>
    <name>copil::gui::SolutionsView</name>
    <message>
        <source>&amp;Cause :</source>
        <translation>&amp;Cause:</translation>
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
        <translation>Selected</translation>
    </message>
    <message>
        <source>Séparés par des virgules : Ville, EPCI, Département, État, Partenaires, ou tout autre nom</source>
        <translation>Separated by commas: City, EPCI, Department, State, Partners, or any other name</translation>
    </message>
    <message>
        <source>Nouvelle solution pour cette cause, puis Entrée</source>
        <translation>New solution for this cause, then Enter</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Solution modifiée</source>
        <translation>Solution changed</translation>
    </message>
    <message>
        <source>Nouvelle solution</source>
        <translation>New solution</translation>
    </message>
    <message>
        <source>Ordre des solutions</source>
        <translation>Order of the solutions</translation>
    </message>
    <message>
        <source>Notes sur la solution choisie :</source>
        <translation>Notes on the chosen solution:</translation>
    </message>
    <message>
        <source>Note sur la solution choisie, puis Entrée</source>
        <translation>Note on the chosen solution, then Enter</translation>
    </message>
    <message>
        <source>« %1 » refusé : la faisabilité et l’impact vont de 1 à %2 (vide : pas encore évalué).</source>
        <translation>&quot;%1&quot; refused: feasibility and impact go from 1 to %2 (empty: not rated yet).</translation>
    </message>
    <message>
        <source>Une solution a un texte : Suppr la retire.</source>
        <translation>A solution has a text: Delete removes it.</translation>
    </message>
</context>
<context>
    <name>copil::gui::SubgroupDialog</name>
    <message>
        <source>Ajouter un sous-groupe</source>
        <translation>Add a subgroup</translation>
    </message>
    <message>
        <source>Sous-groupe %1 – %2</source>
        <translation>Subgroup %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Numéro :</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Cadrage :</source>
        <translation>&amp;Framing:</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 – %2 (piste « %3 »)</source>
        <translation>%1 – %2 (lane &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>&amp;Point de l’ordre du jour :</source>
        <translation>Agenda &amp;item:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Rapporteur :</source>
        <translation>&amp;Rapporteur:</translation>
    </message>
    <message>
        <source>&amp;Membres :</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>Aucun participant pour l’instant : importez une liste de participants (volet Participants).</source>
        <translation>No participant yet: import a list of participants (Participants pane).</translation>
    </message>
    <message>
        <source>&amp;Gommettes par membre :</source>
        <translation>&amp;Dots per member:</translation>
    </message>
    <message>
        <source>&amp;Questions pour guider les échanges, par bloc :</source>
        <translation>Guiding &amp;questions, by block:</translation>
    </message>
    <message>
        <source>+ &amp;Bloc</source>
        <translation>+ &amp;Block</translation>
    </message>
    <message>
        <source>+ Q&amp;uestion</source>
        <translation>+ Q&amp;uestion</translation>
    </message>
    <message>
        <source>Mon&amp;ter</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Descen&amp;dre</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Su&amp;pprimer</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Éléments à prioriser et critères…</source>
        <translation>Items to prioritise and criteria…</translation>
    </message>
    <message>
        <source>Enregistre ce sous-groupe, puis ouvre sa priorisation, où se modifient les éléments à prioriser et les critères</source>
        <translation>Saves this subgroup, then opens its prioritisation, where the items to prioritise and the criteria are edited</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bloc %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Nouveau bloc</source>
        <translation>New block</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Ce bloc contient encore des questions : déplacez-les ou supprimez-les d’abord.</source>
        <translation>This block still holds questions: move or remove them first.</translation>
    </message>
    <message>
        <source>Titre : donnez un titre au sous-groupe.</source>
        <translation>Title: give the subgroup a title.</translation>
    </message>
    <message>
        <source>Numéro : le sous-groupe %1 existe déjà (« %2 »).</source>
        <translation>Number: subgroup %1 already exists (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Questions : la question %1 du bloc « %2 » est vide ; écrivez-la ou supprimez-la.</source>
        <translation>Questions: question %1 of block &quot;%2&quot; is empty; write it or remove it.</translation>
    </message>
    <message>
        <source>Ajout du sous-groupe %1 – %2</source>
        <translation>Adding subgroup %1 – %2</translation>
    </message>
    <message>
        <source>Sous-groupe %1 – %2 modifié</source>
        <translation>Subgroup %1 – %2 edited</translation>
    </message>
    <message>
        <source>Tout n’a pas été enregistré ; voir le message de la fenêtre. Édition › Annuler revient à l’état d’avant.</source>
        <translation>Not everything was saved; see the window&apos;s message. Edit › Undo goes back to how it was.</translation>
    </message>
</context>
<context>
    <name>copil::gui::SubgroupTabs</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sous-groupe %1 – %2</source>
        <translation>Subgroup %1 – %2</translation>
    </message>
    <message>
        <source>questions : %1 traitées, %2 abordées sur %3</source>
        <translation>questions: %1 done, %2 discussed of %3</translation>
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
        <source>Questions de cadrage</source>
        <translation>Guiding questions</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nouvelle note sur la question choisie, puis Entrée</source>
        <translation>New note on the chosen question, then Enter</translation>
    </message>
    <message>
        <source>Question abordée</source>
        <translation>Question discussed</translation>
    </message>
    <message>
        <source>Ouvrir la priorisation (gommettes, notes, sélection)…</source>
        <translation>Open the prioritisation (dots, scores, selection)…</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Notes sur la question</source>
        <translation>Notes on the question</translation>
    </message>
    <message>
        <source>Questions et notes</source>
        <translation>Questions and notes</translation>
    </message>
    <message>
        <source>Priorisation</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rapporteur : %1</source>
        <translation>Rapporteur: %1</translation>
    </message>
    <message>
        <source>à désigner</source>
        <translation>to be named</translation>
    </message>
    <message>
        <source>Membres : aucun pour l’instant (volet Participants).</source>
        <translation>Members: none yet (Participants pane).</translation>
    </message>
    <message>
        <source>Membres (%1 présents sur %2) : %3</source>
        <translation>Members (%1 present of %2): %3</translation>
    </message>
    <message>
        <source>Notes : choisissez une question</source>
        <translation>Notes: choose a question</translation>
    </message>
    <message>
        <source>Question : %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Question précédente</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>Question suivante</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Espace : avancement suivant (pas commencée, abordée, traitée). Entrée : prendre une note. %1 / %2 depuis la note : question précédente / suivante.</source>
        <translation>Space: next progress (not started, discussed, done). Enter: take a note. %1 / %2 from the note: previous / next question.</translation>
    </message>
    <message>
        <source>Entrée : ajouter la note. %1 / %2 : question précédente / suivante.</source>
        <translation>Enter: add the note. %1 / %2: previous / next question.</translation>
    </message>
    <message>
        <source>Notes sur « %1 »</source>
        <translation>Notes on &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Question soulevée par le groupe</source>
        <translation>Question raised by the group</translation>
    </message>
    <message>
        <source>Question soulevée en séance, puis Entrée (%1)</source>
        <translation>Question raised in the session, then Enter (%1)</translation>
    </message>
    <message>
        <source>Question soulevée : « %1 »</source>
        <translation>Question raised: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>copil::gui::TimelineView</name>
    <message>
        <source>Déroulé de la journée</source>
        <translation>Timeline of the day</translation>
    </message>
    <message>
        <source>Sans piste</source>
        <translation>No lane</translation>
    </message>
    <message>
        <source>terminé à %1</source>
        <translation>finished at %1</translation>
    </message>
    <message>
        <source>prévision %1 – %2 (+%3 min)</source>
        <translation>forecast %1 – %2 (+%3 min)</translation>
    </message>
    <message>
        <source>prolongé de %1 min</source>
        <translation>extended by %1 min</translation>
    </message>
    <message>
        <source>⚠ chevauche un autre point</source>
        <translation>⚠ overlaps another item</translation>
    </message>
    <message>
        <source>L’ordre du jour est vide : Ajouter un point à l’ordre du jour (Ctrl+N).</source>
        <translation>The agenda is empty: Add an item to the agenda (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>copil::session::Editor</name>
    <message numerus="yes">
        <source>%n sous-point(s)</source>
        <translation>
            <numerusform>%n sub-item</numerusform>
            <numerusform>%n sub-items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critère(s)</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gommette(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) par critère</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s)</source>
        <translation>
            <numerusform>%n solution</numerusform>
            <numerusform>%n solutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sélection(s) confirmée(s)</source>
        <translation>
            <numerusform>%n confirmed selection</numerusform>
            <numerusform>%n confirmed selections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (avec %2)</source>
        <translation>%1 (with %2)</translation>
    </message>
    <message>
        <source>« %1 » n’a pas pu être rétabli : %2</source>
        <translation>&quot;%1&quot; could not be redone: %2</translation>
    </message>
    <message>
        <source>« %1 » n’a pas pu être annulé : %2</source>
        <translation>&quot;%1&quot; could not be undone: %2</translation>
    </message>
    <message>
        <source>Ce point n’existe plus.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <source>Saisie dans « %1 »</source>
        <translation>Typing in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Ajout de « %1 »</source>
        <translation>Adding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Suppression de « %1 »</source>
        <translation>Deleting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cette réunion n’existe plus.</source>
        <translation>This meeting no longer exists.</translation>
    </message>
    <message>
        <source>Présence de %1</source>
        <translation>Attendance of %1</translation>
    </message>
    <message numerus="yes">
        <source>Présence de %n personne(s)</source>
        <translation>
            <numerusform>Attendance of %n person</numerusform>
            <numerusform>Attendance of %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette personne n’est plus dans la liste.</source>
        <translation>This person is no longer in the list.</translation>
    </message>
    <message>
        <source>Suppression de %1</source>
        <translation>Removing %1</translation>
    </message>
    <message>
        <source>Note modifiée</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <source>Suppression d’une note</source>
        <translation>Note deleted</translation>
    </message>
    <message>
        <source>Ce sous-groupe n’existe plus.</source>
        <translation>This subgroup no longer exists.</translation>
    </message>
    <message>
        <source>Suppression du sous-groupe %1 – %2</source>
        <translation>Removal of subgroup %1 – %2</translation>
    </message>
    <message>
        <source>Cette question n’existe plus.</source>
        <translation>This question no longer exists.</translation>
    </message>
    <message>
        <source>Suppression d’une question</source>
        <translation>Removal of a question</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Sélection confirmée (révision %1)</source>
        <translation>Selection confirmed (revision %1)</translation>
    </message>
    <message>
        <source>Cet élément n’existe plus.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <source>Ce critère n’existe plus.</source>
        <translation>This criterion no longer exists.</translation>
    </message>
    <message>
        <source>Suppression du critère « %1 »</source>
        <translation>Removal of criterion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Solution modifiée</source>
        <translation>Solution changed</translation>
    </message>
    <message>
        <source>Cette solution n’existe plus.</source>
        <translation>This solution no longer exists.</translation>
    </message>
    <message>
        <source>Suppression de la solution « %1 »</source>
        <translation>Solution &quot;%1&quot; deleted</translation>
    </message>
    <message>
        <source>Débat modifié</source>
        <translation>Debate edited</translation>
    </message>
    <message>
        <source>Suppression d’une décision</source>
        <translation>Decision deleted</translation>
    </message>
    <message>
        <source>Suppression d’une action</source>
        <translation>Action deleted</translation>
    </message>
    <message>
        <source>Modification refusée :
%1</source>
        <translation>Change refused:
%1</translation>
    </message>
    <message>
        <source>Lecture impossible avant l’enregistrement.</source>
        <translation>Could not read before saving.</translation>
    </message>
    <message numerus="yes">
        <source>%n gommette(s) par membre</source>
        <translation>
            <numerusform>%n dot per member</numerusform>
            <numerusform>%n dots per member</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gommette(s) par membre, les gommettes en trop retirées</source>
        <translation>
            <numerusform>%n dot per member, the extra dots taken back</numerusform>
            <numerusform>%n dots per member, the extra dots taken back</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette cause ou ce critère n’existe plus.</source>
        <translation>This cause or criterion no longer exists.</translation>
    </message>
    <message>
        <source>Le critère « %1 » est celui d’un autre sous-groupe que la cause notée.</source>
        <translation>Criterion &quot;%1&quot; belongs to another subgroup than the cause scored.</translation>
    </message>
    <message>
        <source>Fusion : %1</source>
        <translation>Merge: %1</translation>
    </message>
    <message>
        <source>La réunion n’a pas été supprimée : la sauvegarde préalable a échoué (%1).</source>
        <translation>The meeting was not removed: the backup made first failed (%1).</translation>
    </message>
    <message>
        <source>Suppression de la réunion « %1 »</source>
        <translation>Removal of meeting &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>copil::session::Session</name>
    <message>
        <source>« %1 » n’a pas été enregistré.</source>
        <translation>&quot;%1&quot; was not saved.</translation>
    </message>
    <message>
        <source>Sélectionnez d’abord un point dans le déroulé.</source>
        <translation>First select an item in the timeline.</translation>
    </message>
    <message>
        <source>Début de « %1 »</source>
        <translation>Start of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reprise de « %1 »</source>
        <translation>&quot;%1&quot; resumed</translation>
    </message>
    <message>
        <source>Pause de « %1 »</source>
        <translation>&quot;%1&quot; paused</translation>
    </message>
    <message>
        <source>Fin de « %1 »</source>
        <translation>End of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>« %1 » prolongé de %2 min</source>
        <translation>&quot;%1&quot; extended by %2 min</translation>
    </message>
    <message>
        <source>Heures réelles effacées</source>
        <translation>Actual times cleared</translation>
    </message>
    <message>
        <source>Rien à changer.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <source>Modification refusée :
%1</source>
        <translation>Change refused:
%1</translation>
    </message>
    <message>
        <source>Ce point n’existe plus.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas sortir de la journée.</source>
        <translation>&quot;%1&quot; cannot leave the day.</translation>
    </message>
    <message>
        <source>Déplacement de « %1 » à %2</source>
        <translation>&quot;%1&quot; moved to %2</translation>
    </message>
    <message>
        <source>Fin de « %1 » à %2</source>
        <translation>End of &quot;%1&quot; at %2</translation>
    </message>
    <message>
        <source>Déjà le premier point de sa piste.</source>
        <translation>Already the first item of its lane.</translation>
    </message>
    <message>
        <source>Déjà le dernier point de sa piste.</source>
        <translation>Already the last item of its lane.</translation>
    </message>
    <message>
        <source>« %1 » avancé</source>
        <translation>&quot;%1&quot; moved up</translation>
    </message>
    <message>
        <source>« %1 » reculé</source>
        <translation>&quot;%1&quot; moved down</translation>
    </message>
    <message>
        <source>Un export est déjà en cours ; attendez qu’il se termine.</source>
        <translation>An export is already running; wait for it to finish.</translation>
    </message>
    <message>
        <source>Aucune réunion à exporter.</source>
        <translation>No meeting to export.</translation>
    </message>
    <message>
        <source>Le compte rendu validé par %1 le %2 revient à l’état de projet : la réunion a changé depuis. Validez-le à nouveau à l’export.</source>
        <translation>The minutes validated by %1 on %2 are a draft again: the meeting has changed since. Validate them again when exporting.</translation>
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
        <source>%1 : %2 : %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>La sauvegarde du jour n’a pas pu être faite : %1</source>
        <translation>Today’s backup could not be made: %1</translation>
    </message>
    <message>
        <source>%1 n’a pas été mis à jour : la sauvegarde préalable a échoué (%2). Le fichier n’a pas été modifié.</source>
        <translation>%1 was not updated: the backup before it failed (%2). The file was not changed.</translation>
    </message>
    <message>
        <source>Le fichier %1 ne peut pas être modifié (droits, ou support en lecture seule) : il est ouvert en lecture seule, rien ne sera enregistré.</source>
        <translation>The file %1 cannot be changed (permissions, or a read-only medium): it is open read-only, nothing will be saved.</translation>
    </message>
    <message>
        <source>Le dossier %1 ne peut pas être modifié (droits, ou support en lecture seule) : l’espace de travail est ouvert en lecture seule, rien ne sera enregistré.</source>
        <translation>The folder %1 cannot be changed (permissions, or a read-only medium): the workspace is open read-only, nothing will be saved.</translation>
    </message>
    <message>
        <source>enregistrement</source>
        <translation>saving</translation>
    </message>
    <message>
        <source>La réunion %1 n’est plus dans %2.</source>
        <translation>Meeting %1 is no longer in %2.</translation>
    </message>
    <message>
        <source>écoute des modifications</source>
        <translation>listening for changes</translation>
    </message>
    <message>
        <source>connexion</source>
        <translation>connection</translation>
    </message>
    <message>
        <source>Quelqu’un d’autre a enregistré cet élément entre-temps (%1 %2, version %3 ; la vôtre partait de la version %4).</source>
        <translation>Someone else saved this item meanwhile (%1 %2, version %3; yours was based on version %4).</translation>
    </message>
    <message>
        <source>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé : installez le paquet libqt6sql6-psql.</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>lecture du schéma</source>
        <translation>reading the schema</translation>
    </message>
    <message>
        <source>La base %1 n’est pas un espace de travail Copil (elle contient d’autres tables). Elle n’a pas été modifiée.</source>
        <translation>The database %1 is not a Copil workspace (it holds other tables). It was not changed.</translation>
    </message>
    <message>
        <source>La base %1 est vide : ce n’est pas encore un espace de travail Copil.</source>
        <translation>The database %1 is empty: it is not a Copil workspace yet.</translation>
    </message>
    <message>
        <source>La base %1 n’est pas un espace de travail Copil (sa table copil_meta ne porte pas la marque de Copil). Elle n’a pas été modifiée.</source>
        <translation>The database %1 is not a Copil workspace (its copil_meta table does not carry Copil&apos;s mark). It was not changed.</translation>
    </message>
    <message>
        <source>%1 a été créé par une version plus récente de Copil (schéma %2 ; cette version connaît le schéma %3). Mettez Copil à jour pour l’ouvrir ; la base n’a pas été modifiée.</source>
        <translation>%1 was made by a newer version of Copil (schema %2; this version knows schema %3). Update Copil to open it; the database was not changed.</translation>
    </message>
    <message>
        <source>%1 : le serveur ne répond pas ; la modification sera enregistrée dès son retour.</source>
        <translation>%1: the server does not answer; the change will be saved as soon as it is back.</translation>
    </message>
    <message>
        <source>vérification des déclencheurs</source>
        <translation>checking the triggers</translation>
    </message>
    <message>
        <source>la table %1 ne signale pas ses modifications aux autres postes</source>
        <translation>the table %1 does not announce its changes to other computers</translation>
    </message>
    <message>
        <source>%1 : %2.</source>
        <translation>%1: %2.</translation>
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
    <message>
        <source>--simulate-time : « %1 » n’est pas une date et heure au format « AAAA-MM-JJ HH:MM ».</source>
        <translation>--simulate-time: &quot;%1&quot; is not a date and time in the form &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>--projector : « %1 » n’est pas un numéro d’écran (1 pour le premier).</source>
        <translation>--projector: &quot;%1&quot; is not a screen number (1 for the first).</translation>
    </message>
</context>
</TS>
