using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Health.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PosyanduDayVisit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "ArmCircumferenceCm",
                schema: "health",
                table: "child_visits",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BelowRedLine",
                schema: "health",
                table: "child_visits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "BmiForAgeCategory",
                schema: "health",
                table: "child_visits",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Dewormed",
                schema: "health",
                table: "child_visits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ExclusiveBreastfeeding",
                schema: "health",
                table: "child_visits",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeadCircumferenceForAgeCategory",
                schema: "health",
                table: "child_visits",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LengthHeightForAgeCategory",
                schema: "health",
                table: "child_visits",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinimumGainGrams",
                schema: "health",
                table: "child_visits",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferralReasons",
                schema: "health",
                table: "child_visits",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "SevereWasting",
                schema: "health",
                table: "child_visits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Stunted",
                schema: "health",
                table: "child_visits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SupplementaryFood",
                schema: "health",
                table: "child_visits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Trend",
                schema: "health",
                table: "child_visits",
                type: "nvarchar(1)",
                maxLength: 1,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TwoT",
                schema: "health",
                table: "child_visits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Underweight",
                schema: "health",
                table: "child_visits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "VitaminAIu",
                schema: "health",
                table: "child_visits",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Wasted",
                schema: "health",
                table: "child_visits",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "WeightForAgeCategory",
                schema: "health",
                table: "child_visits",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WeightForLengthHeightCategory",
                schema: "health",
                table: "child_visits",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WeightGainGrams",
                schema: "health",
                table: "child_visits",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_child_visits_RegionCode_MeasuredOn",
                schema: "health",
                table: "child_visits",
                columns: new[] { "RegionCode", "MeasuredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_child_visits_RegionCode_MeasuredOn",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "ArmCircumferenceCm",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "BelowRedLine",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "BmiForAgeCategory",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "Dewormed",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "ExclusiveBreastfeeding",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "HeadCircumferenceForAgeCategory",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "LengthHeightForAgeCategory",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "MinimumGainGrams",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "ReferralReasons",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "SevereWasting",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "Stunted",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "SupplementaryFood",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "Trend",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "TwoT",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "Underweight",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "VitaminAIu",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "Wasted",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "WeightForAgeCategory",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "WeightForLengthHeightCategory",
                schema: "health",
                table: "child_visits");

            migrationBuilder.DropColumn(
                name: "WeightGainGrams",
                schema: "health",
                table: "child_visits");
        }
    }
}
