using Posyandu.Health.LifeCycle;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Tests.LifeCycle;

/// <summary>Every life-cycle risk rule on both sides of its cut-off (Buku KIA 2023, Juknis ILP 2023, P2PTM).</summary>
public sealed class RiskRuleTests
{
    [TestCase(23.4, true)]
    [TestCase(23.49, true)]
    [TestCase(23.5, false)]
    [TestCase(28.0, false)]
    public void Kek_is_a_lila_below_23_5_cm(double muacCm, bool kek) => Assert.That(MaternalRisk.IsKek(muacCm), Is.EqualTo(kek));

    [TestCase(10.9, true)]
    [TestCase(11.0, false)]
    [TestCase(12.5, false)]
    public void Anaemia_in_pregnancy_is_hb_below_11(double hb, bool anaemic) => Assert.That(MaternalRisk.IsAnaemic(hb), Is.EqualTo(anaemic));

    [TestCase(19, true)]
    [TestCase(20, false)]
    [TestCase(35, false)]
    [TestCase(36, true)]
    public void Age_risk_is_a_mother_under_20_or_over_35(int age, bool risk) => Assert.That(MaternalRisk.IsAgeRisk(age), Is.EqualTo(risk));

    [TestCase(139, 89, false)]
    [TestCase(140, 80, true)]
    [TestCase(130, 90, true)]
    [TestCase(140, 90, true)]
    public void Hypertension_is_140_systolic_or_90_diastolic(int systolic, int diastolic, bool hypertensive) =>
        Assert.That(BloodPressure.IsHypertensive(systolic, diastolic), Is.EqualTo(hypertensive));

    [TestCase(70.0, 160.0, 27.3)]
    [TestCase(69.0, 160.0, 27.0)]
    [TestCase(68.9, 160.0, 26.9)]
    public void Bmi_is_weight_over_height_squared_to_one_decimal(double weight, double height, double bmi) =>
        Assert.That(ScreeningRisk.Bmi(weight, height), Is.EqualTo(bmi));

    [TestCase(26.9, false)]
    [TestCase(27.0, true)]
    public void Obesity_is_bmi_27_or_more(double bmi, bool obese) => Assert.That(ScreeningRisk.IsObese(bmi), Is.EqualTo(obese));

    [TestCase(Sex.Male, 90.0, false)]
    [TestCase(Sex.Male, 90.1, true)]
    [TestCase(Sex.Female, 80.0, false)]
    [TestCase(Sex.Female, 80.1, true)]
    [TestCase(Sex.Female, 85.0, true)]
    [TestCase(Sex.Male, 85.0, false)]
    public void Central_obesity_is_a_waist_over_90_cm_for_men_and_80_cm_for_women(Sex sex, double waist, bool central) =>
        Assert.That(ScreeningRisk.IsCentrallyObese(sex, waist), Is.EqualTo(central));

    [TestCase(199.9, false)]
    [TestCase(200.0, true)]
    public void Diabetes_is_suspected_from_a_random_glucose_of_200(double glucose, bool suspected) =>
        Assert.That(ScreeningRisk.IsDiabetesSuspected(glucose), Is.EqualTo(suspected));

    [TestCase(4, null)]
    [TestCase(5, LifeStage.SchoolAgeAndAdolescent)]
    [TestCase(17, LifeStage.SchoolAgeAndAdolescent)]
    [TestCase(18, LifeStage.Adult)]
    [TestCase(59, LifeStage.Adult)]
    [TestCase(60, LifeStage.Elderly)]
    public void Life_stages_follow_the_ilp_clusters(int age, LifeStage? stage) => Assert.That(LifeStages.Of(age), Is.EqualTo(stage));
}
