using Posyandu.Health.Features.Immunisation;

namespace Posyandu.Health.Tests.Immunisation;

/// <summary>The vaccine names of the Buku KIA and ASIK, as the immunisation-history import reads them onto the schedule.</summary>
public sealed class VaccineNamesTests
{
    [TestCase("HB0", "hb0", 1)]
    [TestCase("HB-0", "hb0", 1)]
    [TestCase("Hepatitis B 0", "hb0", 1)]
    [TestCase("BCG", "bcg", 1)]
    [TestCase("Polio 1", "opv", 1)]
    [TestCase("OPV4", "opv", 4)]
    [TestCase("bOPV 2", "opv", 2)]
    [TestCase("Polio tetes 3", "opv", 3)]
    [TestCase("Polio suntik 1", "ipv", 1)]
    [TestCase("IPV 2", "ipv", 2)]
    [TestCase("DPT-HB-Hib 3", "dpt-hb-hib", 3)]
    [TestCase("DPT-HB-Hib lanjutan", "dpt-hb-hib", 4)]
    [TestCase("Pentabio 1", "dpt-hb-hib", 1)]
    [TestCase("PCV booster", "pcv", 3)]
    [TestCase("PCV 2", "pcv", 2)]
    [TestCase("Rotavirus 1", "rv", 1)]
    [TestCase("RV3", "rv", 3)]
    [TestCase("Campak-Rubela (MR)", "mr", 1)]
    [TestCase("MR lanjutan", "mr", 2)]
    [TestCase("Campak", "mr", 1)]
    public void A_buku_kia_name_is_an_antigen_and_dose_of_the_schedule(string text, string antigen, int dose) =>
        Assert.That(VaccineNames.Parse(text), Is.EqualTo(new VaccineCell(VaccineKind.Scheduled, antigen, dose)));

    [TestCase("Polio", "opv")]
    [TestCase("IPV", "ipv")]
    [TestCase("DPT-HB-Hib", "dpt-hb-hib")]
    public void A_name_of_several_doses_without_a_number_leaves_the_dose_to_the_dose_column(string text, string antigen) =>
        Assert.That(VaccineNames.Parse(text), Is.EqualTo(new VaccineCell(VaccineKind.Scheduled, antigen)));

    [TestCase("JE", "NotScheduled")]
    [TestCase("Td", "NotScheduled")]
    [TestCase("Vitamin A", "Unknown")]
    [TestCase("Hepatitis B", "Unknown")]
    public void A_vaccine_outside_the_schedule_or_unknown_is_no_antigen(string text, string kind) =>
        Assert.That(VaccineNames.Parse(text).Kind.ToString(), Is.EqualTo(kind));

    [TestCase("2", "opv", 2)]
    [TestCase("ke-3", "opv", 3)]
    [TestCase("lanjutan", "dpt-hb-hib", 4)]
    [TestCase("booster", "opv", -1)]
    public void A_dose_cell_is_a_number_or_the_booster(string text, string antigen, int dose) =>
        Assert.That(VaccineNames.ParseDose(text, antigen), Is.EqualTo(dose));
}
