<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Intégrité : %n problème(s).</source>
        <translation>
            <numerusform>Intégrité : %n problème.</numerusform>
            <numerusform>Intégrité : %n problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sauvegarde(s) de ce fichier (« copil backups --db %1 » les liste). Pour remettre la plus récente en place, la version actuelle étant gardée : copil restore %2 --db %1</source>
        <translation>
            <numerusform>%n sauvegarde de ce fichier (« copil backups --db %1 » la montre). Pour la remettre en place, la version actuelle étant gardée : copil restore %2 --db %1</numerusform>
            <numerusform>%n sauvegardes de ce fichier (« copil backups --db %1 » les liste). Pour remettre la plus récente en place, la version actuelle étant gardée : copil restore %2 --db %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n réunion(s) copiée(s) (%1 lignes) et vérifiées : l’export JSON de chacune est identique des deux côtés.</source>
        <translation>
            <numerusform>%n réunion copiée (%1 lignes) et vérifiée : l’export JSON est identique des deux côtés.</numerusform>
            <numerusform>%n réunions copiées (%1 lignes) et vérifiées : l’export JSON de chacune est identique des deux côtés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DotRules</name>
    <message numerus="yes">
        <source>%n gommette(s) par membre : il en reste %1 à placer.</source>
        <translation>
            <numerusform>%n gommette par membre : il en reste %1 à placer.</numerusform>
            <numerusform>%n gommettes par membre : il en reste %1 à placer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message numerus="yes">
        <source>%n action(s) restée(s) ouverte(s) à la réunion précédente, avec leur statut à ce jour.</source>
        <translation>
            <numerusform>%n action restée ouverte à la réunion précédente, avec son statut à ce jour.</numerusform>
            <numerusform>%n actions restées ouvertes à la réunion précédente, avec leur statut à ce jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantCsv</name>
    <message numerus="yes">
        <source>Sans sous-groupe, %n personne(s) de plus peu(ven)t être importée(s).</source>
        <translation>
            <numerusform>Sans sous-groupe, %n personne de plus peut être importée.</numerusform>
            <numerusform>Sans sous-groupe, %n personnes de plus peuvent être importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsCommand</name>
    <message numerus="yes">
        <source>%n personne(s) laissée(s) de côté (déjà inscrites ou en double : --with-duplicates ; sans leur sous-groupe : --without-subgroup) :</source>
        <translation>
            <numerusform>%n personne laissée de côté (déjà inscrite ou en double : --with-duplicates ; sans son sous-groupe : --without-subgroup) :</numerusform>
            <numerusform>%n personnes laissées de côté (déjà inscrites ou en double : --with-duplicates ; sans leur sous-groupe : --without-subgroup) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s) :</source>
        <translation>
            <numerusform>%n ligne refusée :</numerusform>
            <numerusform>%n lignes refusées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) ajouté(s) à « %1 ».</source>
        <translation>
            <numerusform>%n participant ajouté à « %1 ».</numerusform>
            <numerusform>%n participants ajoutés à « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) écrit(s) dans %1.</source>
        <translation>
            <numerusform>%n participant écrit dans %1.</numerusform>
            <numerusform>%n participants écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) à importer :</source>
        <translation>
            <numerusform>%n personne à importer :</numerusform>
            <numerusform>%n personnes à importer :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preparation</name>
    <message numerus="yes">
        <source>%n point(s) à l’ordre du jour</source>
        <translation>
            <numerusform>%n point à l’ordre du jour</numerusform>
            <numerusform>%n points à l’ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sous-groupe(s)</source>
        <translation>
            <numerusform>%n sous-groupe</numerusform>
            <numerusform>%n sous-groupes</numerusform>
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
            <numerusform>%n élément à prioriser</numerusform>
            <numerusform>%n éléments à prioriser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critère(s)</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
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
            <numerusform>%n action à suivre</numerusform>
            <numerusform>%n actions à suivre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>remettre en place une de ses %n sauvegarde(s), la plus récente du %1</source>
        <translation>
            <numerusform>remettre en place sa sauvegarde du %1</numerusform>
            <numerusform>remettre en place une de ses %n sauvegardes, la plus récente du %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomCli</name>
    <message numerus="yes">
        <source>%n conflit(s) : rien n’a été fusionné. Choisissez le côté gardé avec --prefer hub (l’animateur) ou --prefer room (la salle).</source>
        <translation>
            <numerusform>%n conflit : rien n’a été fusionné. Choisissez le côté gardé avec --prefer hub (l’animateur) ou --prefer room (la salle).</numerusform>
            <numerusform>%n conflits : rien n’a été fusionné. Choisissez le côté gardé avec --prefer hub (l’animateur) ou --prefer room (la salle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fusionné (%n ligne(s) écrite(s)).</source>
        <translation>
            <numerusform>%1 fusionné (%n ligne écrite).</numerusform>
            <numerusform>%1 fusionné (%n lignes écrites).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomMerge</name>
    <message numerus="yes">
        <source>%n ajout(s)</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s)</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 : %n nouvelle(s) note(s)</source>
        <translation>
            <numerusform>  %1 : %n nouvelle note</numerusform>
            <numerusform>  %1 : %n nouvelles notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::CsvImportDialog</name>
    <message numerus="yes">
        <source>%1 : %n personne(s) prête(s) à importer</source>
        <translation>
            <numerusform>%1 : %n personne prête à importer</numerusform>
            <numerusform>%1 : %n personnes prêtes à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) déjà inscrite(s) ou en double, laissée(s) de côté : cochez celles à ajouter quand même.</source>
        <translation>
            <numerusform>%n personne déjà inscrite ou en double, laissée de côté : cochez-la pour l’ajouter quand même.</numerusform>
            <numerusform>%n personnes déjà inscrites ou en double, laissées de côté : cochez celles à ajouter quand même.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s), non importée(s) : corrigez le fichier et importez-les ensuite.</source>
        <translation>
            <numerusform>%n ligne refusée, non importée : corrigez le fichier et importez-la ensuite.</numerusform>
            <numerusform>%n lignes refusées, non importées : corrigez le fichier et importez-les ensuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importer ces %n personne(s) sans sous-groupe</source>
        <translation>
            <numerusform>Importer cette personne sans sous-groupe</numerusform>
            <numerusform>Importer ces %n personnes sans sous-groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importer %n personne(s)</source>
        <translation>
            <numerusform>Importer %n personne</numerusform>
            <numerusform>Importer %n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::MainWindow</name>
    <message numerus="yes">
        <source>rapporteur du sous-groupe %1</source>
        <translation>
            <numerusform>rapporteur du sous-groupe %1</numerusform>
            <numerusform>rapporteur des sous-groupes %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::MergeRoomDialog</name>
    <message numerus="yes">
        <source>%n conflit(s) : le même champ a changé ici et dans la salle.</source>
        <translation>
            <numerusform>%n conflit : le même champ a changé ici et dans la salle.</numerusform>
            <numerusform>%n conflits : le même champ a changé ici et dans la salle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::ParticipantsPane</name>
    <message numerus="yes">
        <source>Import de %n participant(s)</source>
        <translation>
            <numerusform>Import de %n participant</numerusform>
            <numerusform>Import de %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::PrepareActions</name>
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
            <numerusform>%n décision ou action</numerusform>
            <numerusform>%n décisions et actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::PrepareRoomsDialog</name>
    <message numerus="yes">
        <source>%n poste(s) écrit(s) :</source>
        <translation>
            <numerusform>%n poste écrit :</numerusform>
            <numerusform>%n postes écrits :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::RankingPage</name>
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
            <numerusform>%n gommette posée</numerusform>
            <numerusform>%n gommettes posées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) saisie(s)</source>
        <translation>
            <numerusform>%n note saisie</numerusform>
            <numerusform>%n notes saisies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>En gras, la sélection confirmée à %1 : %n cause(s).</source>
        <translation>
            <numerusform>En gras, la sélection confirmée à %1 : %n cause.</numerusform>
            <numerusform>En gras, la sélection confirmée à %1 : %n causes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::RestitutionView</name>
    <message numerus="yes">
        <source>%n gommette(s)</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::gui::SaveBanner</name>
    <message numerus="yes">
        <source>⚠ L’espace de travail est verrouillé par un autre programme : la dernière modification n’est pas enregistrée. Nouvel essai toutes les %n seconde(s).</source>
        <translation>
            <numerusform>⚠ L’espace de travail est verrouillé par un autre programme : la dernière modification n’est pas enregistrée. Nouvel essai chaque seconde.</numerusform>
            <numerusform>⚠ L’espace de travail est verrouillé par un autre programme : la dernière modification n’est pas enregistrée. Nouvel essai toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Le disque a refusé l’écriture : la dernière modification n’est pas enregistrée. Nouvel essai toutes les %n seconde(s).</source>
        <translation>
            <numerusform>⚠ Le disque a refusé l’écriture : la dernière modification n’est pas enregistrée. Nouvel essai chaque seconde.</numerusform>
            <numerusform>⚠ Le disque a refusé l’écriture : la dernière modification n’est pas enregistrée. Nouvel essai toutes les %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copil::session::Editor</name>
    <message numerus="yes">
        <source>%n sous-point(s)</source>
        <translation>
            <numerusform>%n sous-point</numerusform>
            <numerusform>%n sous-points</numerusform>
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
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gommette(s)</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) par critère</source>
        <translation>
            <numerusform>%n note par critère</numerusform>
            <numerusform>%n notes par critère</numerusform>
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
            <numerusform>%n sélection confirmée</numerusform>
            <numerusform>%n sélections confirmées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Présence de %n personne(s)</source>
        <translation>
            <numerusform>Présence de %n personne</numerusform>
            <numerusform>Présence de %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gommette(s) par membre</source>
        <translation>
            <numerusform>%n gommette par membre</numerusform>
            <numerusform>%n gommettes par membre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gommette(s) par membre, les gommettes en trop retirées</source>
        <translation>
            <numerusform>%n gommette par membre, les gommettes en trop retirées</numerusform>
            <numerusform>%n gommettes par membre, les gommettes en trop retirées</numerusform>
        </translation>
    </message>
</context>
</TS>
