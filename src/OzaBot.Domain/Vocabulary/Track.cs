namespace OzaBot.Domain.Vocabulary;

/// <summary>
/// Which process a case follows: an OZA for one pupil or a group (NJi five steps), or a ZiO
/// trajectory for a school or a region (ZiO praktisch stappenplan, 3 phases / 6 steps).
/// </summary>
public enum Track
{
    OzaIndividueel,
    OzaGroep,
    ZioSchool,
    ZioRegio,
}

public static class TrackExtensions
{
    public static bool IsOza(this Track track) => track is Track.OzaIndividueel or Track.OzaGroep;
}
