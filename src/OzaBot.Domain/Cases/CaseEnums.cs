namespace OzaBot.Domain.Cases;

public enum CaseStatus
{
    Actief,
    Gesloten,
}

public enum ChecklistStatus
{
    Open,
    Gedaan,
    NietVanToepassing,
}

/// <summary>Support levels (handreiking): zo dichtbij en licht mogelijk, en zo zwaar als nodig.</summary>
public enum SupportLevel
{
    Basis,
    Aanvullend,
    Specialistisch,
}

/// <summary>The doelstellingen of an OZA (handreiking, Doelstellingen van een oza).</summary>
public enum OzaGoal
{
    Terugleiden,
    Opbouwen,
    Versterken,
    Aanpassen,
    Doorleiden,
    Verrijken,
}

public enum ActionStatus
{
    Open,
    Gedaan,
    Geannuleerd,
}

public enum MeetingStatus
{
    Gepland,
    Gehouden,
    Geannuleerd,
}

/// <summary>Who pays, each with its own legal basis (SWV-middelen, Jeugdwet, Wlz, Zvw, pgb).</summary>
public enum Financer
{
    School,
    Samenwerkingsverband,
    Gemeente,
    Zorgkantoor,
    Zorgverzekeraar,
    Pgb,
    Overig,
}

public enum BeschikkingStatus
{
    NietNodig,
    NogAanvragen,
    Aangevraagd,
    Afgegeven,
    Afgewezen,
}

public enum EvaluationDecision
{
    Doorgaan,
    Bijstellen,
    Afschalen,
    Opschalen,
    Afsluiten,
}

/// <summary>How one of the four stap-5 questions stands at a tussenevaluatie.</summary>
public enum ProgressRating
{
    Goed,
    KanBeter,
    Zorgelijk,
}

public enum GoalAttainment
{
    Bereikt,
    Gedeeltelijk,
    NietBereikt,
}

public enum EscalationLevel
{
    Procesregisseur,
    Actietafel,
}

public enum EscalationReason
{
    Stagnatie,
    VerlopenActies,
    FinancieringNietRond,
    GeenPassendAanbod,
    Overig,
}

public enum ConsentGiver
{
    Ouders,
    Leerling,
    OudersEnLeerling,
}

public enum CloseReason
{
    DoelenBereikt,
    GeenArrangementNodig,
    EldersGeholpen,
    Overig,
}
