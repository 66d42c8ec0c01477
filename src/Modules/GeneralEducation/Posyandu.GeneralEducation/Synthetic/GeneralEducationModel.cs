using Bogus;
using Posyandu.GeneralEducation.Catalogue;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.GeneralEducation.Synthetic;

/// <summary>A line of a month's plan, and whether (and how) it was held.</summary>
internal sealed record PlannedSession(
    string Topic, string SectorTag, TargetGroup TargetGroup, string FacilitatorRole, DateOnly Day, ActivityMethod Method, bool Held, bool Cancelled);

/// <summary>
/// A Posyandu's community education: a plan of 2–4 activities a month on the catalogue's topics (most on health and
/// nutrition and PHBS, the Posyandu's core), about 85 % of them held on the planned day, a few of the rest cancelled;
/// 10–25 attendees drawn from the village's regulars (residents 12 and over, about half of them come), a few
/// unregistered guests, and a pre/post test at about a third of the sessions (a gain of some 10–25 points). One skills
/// training a year, with 5–12 participants, about 80 % completing, half of them followed up later.
/// </summary>
internal sealed class GeneralEducationModel(Faker faker)
{
    private static readonly string[] Tags = ["kesehatan-gizi", "phbs-lingkungan", "bencana-trantibum", "gender-inklusi", "literasi-digital", "pengasuhan-bkb", "keterampilan"];
    private static readonly float[] TagWeights = [0.32f, 0.2f, 0.12f, 0.1f, 0.1f, 0.12f, 0.04f];

    /// <summary>The OPD whose officer facilitates a topic of this tag, when a kader does not.</summary>
    private static readonly Dictionary<string, string> OpdOf = new(StringComparer.Ordinal)
    {
        ["kesehatan-gizi"] = Roles.Health, ["phbs-lingkungan"] = Roles.Health, ["bencana-trantibum"] = Roles.GeneralEducation,
        ["gender-inklusi"] = Roles.Social, ["literasi-digital"] = Roles.Education, ["pengasuhan-bkb"] = Roles.GeneralEducation,
        ["keterampilan"] = Roles.GeneralEducation,
    };

    public IReadOnlyList<PlannedSession> Month(Period month, DateOnly today)
    {
        var sessions = new List<PlannedSession>();
        for (var i = faker.Random.Int(2, 4); i > 0; i--)
        {
            var tag = faker.Random.WeightedRandom(Tags, TagWeights);
            var topic = faker.PickRandom(TopicCatalogue.Current.Topics.Where(t => t.Sector == tag && t.Active).ToList());
            var target = tag switch
            {
                "kesehatan-gizi" => faker.PickRandom(TargetGroup.Pregnant, TargetGroup.ParentsOfUnderFives, TargetGroup.Adolescents, TargetGroup.Elderly),
                "pengasuhan-bkb" => TargetGroup.ParentsOfUnderFives,
                "literasi-digital" => faker.PickRandom(TargetGroup.Adolescents, TargetGroup.Adults),
                _ => faker.PickRandom(TargetGroup.Everyone, TargetGroup.Adults),
            };
            var facilitator = faker.Random.Bool(0.6f) ? Roles.Kader : OpdOf[tag];
            var day = faker.Day(month.FirstDay, month.LastDay);
            var held = day <= today && faker.Random.Bool(0.85f);
            var cancelled = day <= today && !held && faker.Random.Bool(0.4f);
            var method = faker.Random.WeightedRandom([ActivityMethod.Penyuluhan, ActivityMethod.Diskusi, ActivityMethod.Demonstrasi], [0.55f, 0.25f, 0.2f]);
            sessions.Add(new PlannedSession(topic.Code, tag, target, facilitator, day, method, held, cancelled));
        }

        // A month whose sessions are all past and none held is rare; one is held, so every village shows the month.
        if (sessions.All(s => !s.Held) && sessions.FirstOrDefault(s => s.Day <= today) is { } first)
        {
            sessions[sessions.IndexOf(first)] = first with { Held = true, Cancelled = false };
        }

        return sessions.OrderBy(s => s.Day).ToList();
    }

    /// <summary>The village's regulars: about half of the residents 12 and over.</summary>
    public List<Member> Regulars(IEnumerable<Member> villagers, DateOnly today) =>
        villagers.Where(m => m.AgeYearsOn(today) >= 12 && faker.Random.Bool(0.5f)).ToList();

    /// <summary>10–25 attendees from the regulars (all of them where fewer come), with pre/post scores at a third of the sessions.</summary>
    public (List<(Guid Resident, int? Pre, int? Post)> Attendees, int Guests) Attendance(IReadOnlyList<Member> regulars)
    {
        var count = Math.Min(regulars.Count, faker.Random.Int(10, 25));
        var tested = faker.Random.Bool(0.33f);
        var attendees = faker.Random.Shuffle(regulars).Take(count)
            .Select(m =>
            {
                var pre = tested ? faker.Random.Int(30, 70) : (int?)null;
                return (m.Id, pre, pre is { } p ? Math.Min(100, p + faker.Random.Int(5, 30)) : (int?)null);
            })
            .ToList();
        var guests = faker.Random.WeightedRandom([0, 1, 2, 3, 5], [0.4f, 0.2f, 0.2f, 0.1f, 0.1f]);
        return (attendees, attendees.Count == 0 ? Math.Max(guests, 3) : guests); // a held session had someone
    }

    public bool Completes() => faker.Random.Bool(0.8f);

    public TrainingFollowUp? FollowUp() =>
        faker.Random.Bool(0.5f)
            ? faker.Random.WeightedRandom([TrainingFollowUp.StartedBusiness, TrainingFollowUp.HomeGarden, TrainingFollowUp.UsedAtHome, TrainingFollowUp.NotApplied], [0.3f, 0.3f, 0.25f, 0.15f])
            : null;

    public Faker Faker => faker;
}
