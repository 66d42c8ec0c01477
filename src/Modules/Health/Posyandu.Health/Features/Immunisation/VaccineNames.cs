using System.Text.RegularExpressions;
using Posyandu.SharedKernel.Imports;

namespace Posyandu.Health.Features.Immunisation;

/// <summary>What a vaccine cell says: a scheduled antigen (and the dose, when written), a vaccine outside the schedule, or nothing known.</summary>
internal enum VaccineKind
{
    Scheduled,
    NotScheduled,
    Unknown,
}

/// <param name="Dose">The dose the cell names ("Polio 2", "MR lanjutan"); null when it names none.</param>
internal sealed record VaccineCell(VaccineKind Kind, string? Antigen = null, int? Dose = null);

/// <summary>
/// The names kader copy from the Buku KIA's immunisation page and ASIK onto the national schedule's antigen codes
/// (<c>schedule.json</c>): the schedule's own codes and names ("hb0", "Polio tetes (bOPV)", "Campak-Rubela (MR)"), the
/// short names of the Buku KIA ("HB-0", "Polio 1", "DPT-HB-Hib 3", "MR lanjutan") and the older ones still in
/// circulation ("Campak" — measles was given alone before MR replaced it in 2017–2018; "Pentabio", Bio Farma's
/// DPT-HB-Hib). A trailing number is the dose; "lanjutan" / "booster" is the schedule's booster (the dose it labels
/// "lanjutan"). Matched ignoring case, spaces and punctuation.
/// </summary>
internal static partial class VaccineNames
{
    private static readonly ImmunisationSchedule Schedule = ImmunisationSchedule.National;

    /// <summary>Kader's names beyond the schedule's own (normalised, see <see cref="ImportValues.NormalizeHeader"/>).</summary>
    private static readonly (string Antigen, string[] Names)[] KaderNames =
    [
        ("hb0", ["hbo", "hepb0", "hepatitisb0", "hepatitisblahir", "hb024jam", "hb24jam"]),
        ("opv", ["polio", "poliooral", "opv"]),
        ("dpt-hb-hib", ["dpt", "dpthb", "dpthbhib", "penta", "pentabio"]),
        ("pcv", ["pneumokokus"]),
        ("rv", ["rota"]),
        ("mr", ["campak", "campakrubella", "measlesrubella"]),
    ];

    /// <summary>
    /// Vaccines a Buku KIA may list that are not the infant and baduta routine schedule recorded here: JE (a regional
    /// programme), and DT, Td and HPV (BIAS, the school-age programme of Permenkes 12/2017).
    /// </summary>
    private static readonly HashSet<string> Outside = ["je", "japaneseencephalitis", "dt", "td", "hpv"];

    private static readonly Dictionary<string, string> Antigens = Build();

    /// <summary>Antigen → the dose the schedule labels "lanjutan" (the booster): DPT-HB-Hib 4, PCV 3, MR 2.</summary>
    private static readonly Dictionary<string, int> Boosters = Schedule.Doses
        .Where(d => d.Label.Contains("lanjutan", StringComparison.OrdinalIgnoreCase)).ToDictionary(d => d.Antigen, d => d.Dose, StringComparer.Ordinal);

    /// <summary>What the page shows as the vaccine column's hint: every antigen of the schedule with its doses.</summary>
    public static string Hint { get; } = string.Join(", ", Schedule.AntigenNames.Select(a =>
    {
        var primary = Schedule.DoseCount(a.Key) - (Boosters.ContainsKey(a.Key) ? 1 : 0);
        return $"{a.Value}{(primary > 1 ? $" 1–{primary}" : "")}{(Boosters.ContainsKey(a.Key) ? " / lanjutan" : "")}";
    }));

    public static VaccineCell Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var booster = BoosterWord().IsMatch(text);
        var name = ImportValues.NormalizeHeader(BoosterWord().Replace(text, " "));
        if (Outside.Contains(name))
        {
            return new VaccineCell(VaccineKind.NotScheduled);
        }

        int? dose = null;
        if (!Antigens.ContainsKey(name) && TrailingDose().Match(name) is { Success: true } numbered)
        {
            (name, dose) = (numbered.Groups[1].Value, int.Parse(numbered.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!Antigens.TryGetValue(name, out var antigen))
        {
            return new VaccineCell(Outside.Contains(name) ? VaccineKind.NotScheduled : VaccineKind.Unknown);
        }

        return new VaccineCell(VaccineKind.Scheduled, antigen, dose ?? (booster ? Boosters.GetValueOrDefault(antigen, -1) : DefaultDose(antigen)));
    }

    /// <summary>A "Dosis" cell: "2", "ke-2", "dosis 2"; "lanjutan" / "booster" is <paramref name="antigen"/>'s booster. Null: not a dose.</summary>
    public static int? ParseDose(string text, string? antigen)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (BoosterWord().IsMatch(text))
        {
            return antigen is not null && Boosters.TryGetValue(antigen, out var booster) ? booster : -1;
        }

        var digits = DoseNumber().Match(text.Trim());
        return digits.Success ? int.Parse(digits.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The dose a bare name means: the only dose (HB-0, BCG), or the only one before the booster (the Buku KIA's
    /// "Campak-Rubela (MR)" row is dose 1, its "lanjutan" row dose 2); null when the name alone does not say (Polio).
    /// </summary>
    private static int? DefaultDose(string antigen) =>
        Schedule.DoseCount(antigen) - (Boosters.ContainsKey(antigen) ? 1 : 0) == 1 ? 1 : null;

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in Schedule.AntigenNames)
        {
            // "Polio tetes (bOPV)": the whole name, the part before the brackets and the part inside.
            var open = name.IndexOf('(', StringComparison.Ordinal);
            string[] forms = open < 0 ? [code, name] : [code, name, name[..open], name[(open + 1)..].TrimEnd(')')];
            foreach (var form in forms)
            {
                names.TryAdd(ImportValues.NormalizeHeader(form), code);
            }
        }

        foreach (var (antigen, kaderNames) in KaderNames.Where(k => Schedule.HasAntigen(k.Antigen)))
        {
            foreach (var name in kaderNames)
            {
                names.TryAdd(name, antigen);
            }
        }

        return names;
    }

    [GeneratedRegex("\\b(lanjutan|booster|ulangan)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BoosterWord();

    [GeneratedRegex("^(\\D+?)(\\d{1,2})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingDose();

    [GeneratedRegex("^\\D*(\\d{1,2})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DoseNumber();
}
