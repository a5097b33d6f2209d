// The enumerations of the knowledge-base schema and their JSON spellings (one table each).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace tpa::anatomy {

enum class MuscleGroup {
    HeadJaw,
    Neck,
    Shoulder,
    Arm,
    ForearmHand,
    Trunk,
    Abdomen,
    Hip,
    Thigh,
    LegFoot
};
enum class MuscleLayer { Superficial, Intermediate, Deep };
enum class ZoneKind { Essential, Spillover };
enum class ZoneSide { Same, Opposite, Both };
enum class SelfCareKind { Pressure, Stretch, Posture, Habit, Heat, Exercise };
enum class Confidence { High, Moderate, Low };
// Body segments of the region classifier; each is one capsule of the body frame.
enum class Segment { Head, Neck, Trunk, UpperArm, Forearm, Hand, Thumb, Thigh, Leg, Foot };
// Which way a skin point faces around its segment's axis (90-degree sectors).
enum class Facing { Anterior, Lateral, Posterior, Medial };

// The spelling table of each enum, in declaration order.
template <typename E>
struct EnumTable;

#define TPA_ENUM_TABLE(Type, N, ...)                                                             \
    template <>                                                                                  \
    struct EnumTable<Type> {                                                                     \
        static constexpr std::array<std::pair<std::string_view, Type>, N> kNames{{__VA_ARGS__}}; \
    };

TPA_ENUM_TABLE(MuscleGroup, 10, {"head-jaw", MuscleGroup::HeadJaw}, {"neck", MuscleGroup::Neck},
               {"shoulder", MuscleGroup::Shoulder}, {"arm", MuscleGroup::Arm},
               {"forearm-hand", MuscleGroup::ForearmHand}, {"trunk", MuscleGroup::Trunk},
               {"abdomen", MuscleGroup::Abdomen}, {"hip", MuscleGroup::Hip},
               {"thigh", MuscleGroup::Thigh}, {"leg-foot", MuscleGroup::LegFoot})
TPA_ENUM_TABLE(MuscleLayer, 3, {"superficial", MuscleLayer::Superficial},
               {"intermediate", MuscleLayer::Intermediate}, {"deep", MuscleLayer::Deep})
TPA_ENUM_TABLE(ZoneKind, 2, {"essential", ZoneKind::Essential}, {"spillover", ZoneKind::Spillover})
TPA_ENUM_TABLE(ZoneSide, 3, {"same", ZoneSide::Same}, {"opposite", ZoneSide::Opposite},
               {"both", ZoneSide::Both})
TPA_ENUM_TABLE(SelfCareKind, 6, {"pressure", SelfCareKind::Pressure},
               {"stretch", SelfCareKind::Stretch}, {"posture", SelfCareKind::Posture},
               {"habit", SelfCareKind::Habit}, {"heat", SelfCareKind::Heat},
               {"exercise", SelfCareKind::Exercise})
TPA_ENUM_TABLE(Confidence, 3, {"high", Confidence::High}, {"moderate", Confidence::Moderate},
               {"low", Confidence::Low})
TPA_ENUM_TABLE(Segment, 10, {"head", Segment::Head}, {"neck", Segment::Neck},
               {"trunk", Segment::Trunk}, {"upper-arm", Segment::UpperArm},
               {"forearm", Segment::Forearm}, {"hand", Segment::Hand}, {"thumb", Segment::Thumb},
               {"thigh", Segment::Thigh}, {"leg", Segment::Leg}, {"foot", Segment::Foot})
TPA_ENUM_TABLE(Facing, 4, {"anterior", Facing::Anterior}, {"lateral", Facing::Lateral},
               {"posterior", Facing::Posterior}, {"medial", Facing::Medial})

#undef TPA_ENUM_TABLE

template <typename E>
requires std::is_enum_v<E>
constexpr std::string_view toText(E value) {
    for (const auto& [name, v] : EnumTable<E>::kNames)
        if (v == value) return name;
    return "?";
}

template <typename E>
requires std::is_enum_v<E>
constexpr std::optional<E> parseEnum(std::string_view text) {
    for (const auto& [name, v] : EnumTable<E>::kNames)
        if (name == text) return v;
    return std::nullopt;
}

// "a, b, c": the accepted spellings, for error messages.
template <typename E>
std::string enumSpellings() {
    std::string out;
    for (const auto& [name, v] : EnumTable<E>::kNames) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

}  // namespace tpa::anatomy
