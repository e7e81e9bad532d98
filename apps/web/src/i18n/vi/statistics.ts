const statistics = {};

export default statistics;
