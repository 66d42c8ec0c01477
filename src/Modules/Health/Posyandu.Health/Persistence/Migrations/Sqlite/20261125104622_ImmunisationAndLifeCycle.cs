using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Health.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImmunisationAndLifeCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "immunisation_doses",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Antigen = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DoseNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_immunisation_doses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pregnancies",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Hpht = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EstimatedDueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GestationalWeeksAtRegistration = table.Column<int>(type: "INTEGER", nullable: false),
                    MotherAgeYears = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeRisk = table.Column<bool>(type: "INTEGER", nullable: false),
                    MuacCmAtRegistration = table.Column<double>(type: "REAL", nullable: true),
                    KekRisk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Anaemia = table.Column<bool>(type: "INTEGER", nullable: false),
                    Hypertension = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pregnancies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Facility = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ArrivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "screenings",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    ScreenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgeYears = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    LifeStage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    WeightKg = table.Column<double>(type: "REAL", nullable: true),
                    HeightCm = table.Column<double>(type: "REAL", nullable: true),
                    Bmi = table.Column<double>(type: "REAL", nullable: true),
                    SystolicMmHg = table.Column<int>(type: "INTEGER", nullable: true),
                    DiastolicMmHg = table.Column<int>(type: "INTEGER", nullable: true),
                    BloodGlucoseMgPerDl = table.Column<double>(type: "REAL", nullable: true),
                    WaistCm = table.Column<double>(type: "REAL", nullable: true),
                    Hypertension = table.Column<bool>(type: "INTEGER", nullable: true),
                    Obesity = table.Column<bool>(type: "INTEGER", nullable: true),
                    CentralObesity = table.Column<bool>(type: "INTEGER", nullable: true),
                    DiabetesSuspicion = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screenings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "antenatal_checks",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PregnancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GestationalWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightKg = table.Column<double>(type: "REAL", nullable: true),
                    SystolicMmHg = table.Column<int>(type: "INTEGER", nullable: true),
                    DiastolicMmHg = table.Column<int>(type: "INTEGER", nullable: true),
                    MuacCm = table.Column<double>(type: "REAL", nullable: true),
                    HbGPerDl = table.Column<double>(type: "REAL", nullable: true),
                    IronTabletsGiven = table.Column<int>(type: "INTEGER", nullable: false),
                    KekRisk = table.Column<bool>(type: "INTEGER", nullable: true),
                    Anaemia = table.Column<bool>(type: "INTEGER", nullable: true),
                    Hypertension = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_antenatal_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_antenatal_checks_pregnancies_PregnancyId",
                        column: x => x.PregnancyId,
                        principalSchema: "health",
                        principalTable: "pregnancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_antenatal_checks_PosyanduId_CheckedOn",
                schema: "health",
                table: "antenatal_checks",
                columns: new[] { "PosyanduId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_antenatal_checks_PregnancyId_CheckedOn",
                schema: "health",
                table: "antenatal_checks",
                columns: new[] { "PregnancyId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_immunisation_doses_PosyanduId_GivenOn",
                schema: "health",
                table: "immunisation_doses",
                columns: new[] { "PosyanduId", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_immunisation_doses_RegionCode_GivenOn",
                schema: "health",
                table: "immunisation_doses",
                columns: new[] { "RegionCode", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_immunisation_doses_ResidentId_Antigen_DoseNumber",
                schema: "health",
                table: "immunisation_doses",
                columns: new[] { "ResidentId", "Antigen", "DoseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pregnancies_PosyanduId_EndedOn",
                schema: "health",
                table: "pregnancies",
                columns: new[] { "PosyanduId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_pregnancies_ResidentId_Hpht",
                schema: "health",
                table: "pregnancies",
                columns: new[] { "ResidentId", "Hpht" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_PosyanduId_Status",
                schema: "health",
                table: "referrals",
                columns: new[] { "PosyanduId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ResidentId",
                schema: "health",
                table: "referrals",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_screenings_PosyanduId_ScreenedOn",
                schema: "health",
                table: "screenings",
                columns: new[] { "PosyanduId", "ScreenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_screenings_ResidentId_ScreenedOn",
                schema: "health",
                table: "screenings",
                columns: new[] { "ResidentId", "ScreenedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "antenatal_checks",
                schema: "health");

            migrationBuilder.DropTable(
                name: "immunisation_doses",
                schema: "health");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "health");

            migrationBuilder.DropTable(
                name: "screenings",
                schema: "health");

            migrationBuilder.DropTable(
                name: "pregnancies",
                schema: "health");
        }
    }
}
